import { describe, expect, test } from 'vitest';
import { ADMIN_CSP_HEADER, CSP_HEADER, CSP_HEADER_EMBED, CSP_META, headersFile } from '../../src/lib/csp';
import { embedSnippet } from '../../src/lib/embed';

describe('embeddable charts', () => {
  test('the code is an iframe of the chart page, titled, tall enough for the chart and its notes', () => {
    expect(embedSnippet({ src: 'https://x.example/embed/d/c/', title: '“组建率”<变化>', height: 18, notes: 1 })).toBe(
      '<iframe src="https://x.example/embed/d/c/" title="“组建率”&lt;变化>" width="100%" height="544" loading="lazy" style="border:0"></iframe>',
    );
  });

  test('only /embed/ may be framed by any site; every page folder keeps frame-ancestors \'self\'', () => {
    expect(CSP_HEADER).toMatch(/frame-ancestors 'self'$/);
    expect(CSP_HEADER_EMBED).toMatch(/frame-ancestors \*$/);
    expect(CSP_META).not.toContain('frame-ancestors');
    const file = headersFile('/portal/', ['policies', 'embed', 'cases']);
    const rules = Object.fromEntries(file.split(/\n(?=\S)/).filter((r) => !r.startsWith('#')).map((r) => [r.split('\n')[0], r]));
    expect(Object.keys(rules)).toEqual(['/*', '/portal/', '/portal/index.html', '/portal/404.html', '/portal/cases/*', '/portal/policies/*', '/portal/embed/*']);
    expect(rules['/*']!.split('\n')).toContain(`  Content-Security-Policy: ${CSP_META}`);
    expect(rules['/portal/policies/*']).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(rules['/portal/embed/*']).toContain(`Content-Security-Policy: ${CSP_HEADER_EMBED}`);
  });
  test('with the web editor in the build, /* carries no policy (a browser would enforce it on the editor too) and /admin/ has its own', () => {
    const file = headersFile('/', ['policies', 'embed', 'admin']);
    const rules = Object.fromEntries(file.split(/\n(?=\S)/).filter((r) => !r.startsWith('#')).map((r) => [r.split('\n')[0], r]));
    expect(Object.keys(rules)).toEqual(['/*', '/', '/index.html', '/404.html', '/policies/*', '/embed/*', '/admin/*']);
    expect(rules['/*']).not.toContain('Content-Security-Policy');
    expect(rules['/admin/*']).toContain(`Content-Security-Policy: ${ADMIN_CSP_HEADER}`);
    expect(rules['/policies/*']).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
  });
});
