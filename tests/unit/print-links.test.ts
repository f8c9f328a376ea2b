import { describe, expect, test } from 'vitest';
import rehypePrintLinks, { printAddress } from '../../src/lib/rehype-print-links';
import { TERM_LINK_CLASS } from '../../src/lib/glossary-links';

type El = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: El[] };
const link = (href: string, text: string): El => ({ type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] });

describe('the address a body link prints', () => {
  test('links to other sites print their address; links within the site their public address', () => {
    expect(printAddress('https://www.gov.cn/a', undefined)).toBe('https://www.gov.cn/a');
    expect(printAddress('/portal/methods/liu-qing/', 'https://x.example')).toBe('https://x.example/portal/methods/liu-qing/');
  });

  test('without a public URL, anchors and mail links print nothing', () => {
    expect(printAddress('/methods/liu-qing/', undefined)).toBeUndefined();
    expect(printAddress('#steps', 'https://x.example')).toBeUndefined();
    expect(printAddress('mailto:a@b.cn', 'https://x.example')).toBeUndefined();
    expect(printAddress('//evil.example/x', 'https://x.example')).toBeUndefined();
  });

  test('a glossary term’s link prints no address', () => {
    const term: El = { type: 'element', tagName: 'a', properties: { href: '/glossary/#liu-qing', className: [TERM_LINK_CLASS] }, children: [{ type: 'text', value: '六清' }] };
    rehypePrintLinks({ site: 'https://x.example' })({ type: 'root', children: [term] } as never);
    expect(term.properties).not.toHaveProperty('dataPrintHref');
  });

  test('a link whose words are its address prints it once', () => {
    const tree: El = { type: 'root', children: [link('/methods/liu-qing/', '六清'), link('https://www.gov.cn/', 'https://www.gov.cn/')] };
    rehypePrintLinks({ site: 'https://x.example' })(tree as never);
    expect(tree.children!.map((a) => a.properties!.dataPrintHref)).toEqual(['https://x.example/methods/liu-qing/', undefined]);
  });
});
