import { describe, expect, test } from 'vitest';
import rehypeBaseLinks from '../../src/lib/rehype-base-links';
import { joinBase, routes } from '../../src/lib/urls';

describe('joinBase', () => {
  test('puts a page path under the base path', () => {
    expect(joinBase('/', routes.case('linpu'))).toBe('/cases/linpu/');
    expect(joinBase('/portal/', routes.case('linpu'))).toBe('/portal/cases/linpu/');
    expect(joinBase('/portal', '/methods/')).toBe('/portal/methods/');
  });
});

describe('rehypeBaseLinks', () => {
  const tree = () => ({
    type: 'root',
    children: [
      { type: 'element', tagName: 'a', properties: { href: '/methods/liu-qing/' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: 'https://example.org/' }, children: [] },
      { type: 'element', tagName: 'a', properties: { href: '#top' }, children: [] },
    ],
  });
  const hrefs = (t: ReturnType<typeof tree>) => t.children.map((c) => c.properties.href);

  test('prefixes root links in Markdown with the base path', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/portal/' })(t);
    expect(hrefs(t)).toEqual(['/portal/methods/liu-qing/', 'https://example.org/', '#top']);
  });
  test('leaves links alone at the root', () => {
    const t = tree();
    rehypeBaseLinks({ base: '/' })(t);
    expect(hrefs(t)).toEqual(['/methods/liu-qing/', 'https://example.org/', '#top']);
  });
});
