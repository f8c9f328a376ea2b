import { describe, expect, test } from 'vitest';
import { anchorsOf, builtPage, findBrokenLinks, linksOf, pageUrl, type BuiltFile } from '../../src/lib/link-check';

const page = (body: string) => `<!doctype html><html><head><link rel="stylesheet" href="/portal/_astro/a.css"></head><body>${body}</body></html>`;

/** A small site built under /portal/. */
const site: BuiltFile[] = [
  builtPage('index.html', page('<a href="/portal/cases/">案例</a><a href="cases/x/#zuofa">做法</a><a href="#main">跳到正文</a><main id="main"></main>')),
  builtPage('cases/index.html', page('<a href="/portal/cases/x/">x</a><a href="https://example.org/">外站</a><a href="mailto:a@b.c">信</a>')),
  builtPage('cases/x/index.html', page('<h2 id="zuofa">做法</h2><a href="../">返回</a>')),
  builtPage('404.html', page('<a href="/portal/">首页</a><a href="#main">正文</a><main id="main"></main>')),
  { path: '_astro/a.css' },
];

describe('findBrokenLinks', () => {
  test('finds nothing in a site whose links, assets and anchors all resolve under its base path', () => {
    expect(findBrokenLinks(site, '/portal/', 'https://example.org')).toEqual([]);
  });

  test('lists each broken link with the page it is on and why', () => {
    const broken = findBrokenLinks(
      [
        ...site,
        builtPage(
          'methods/y/index.html',
          page(
            '<a href="/portal/methods/none/">缺页</a><a href="/portal/cases/x/#meiyou">缺锚点</a><a href="/cases/">没有基础路径</a>' +
              '<a href="/portal/cases">缺斜杠</a><a href="#nowhere">本页锚点</a><img src="/portal/img/none.png" alt="">' +
              '<a href="javascript:alert(1)">脚本</a>',
          ),
        ),
        builtPage('404.html', page('<a href="cases/">相对链接</a>')),
      ],
      '/portal/',
    );
    expect(broken.map((b) => [b.page, b.href])).toEqual([
      ['/portal/methods/y/', '/portal/methods/none/'],
      ['/portal/methods/y/', '/portal/cases/x/#meiyou'],
      ['/portal/methods/y/', '/cases/'],
      ['/portal/methods/y/', '/portal/cases'],
      ['/portal/methods/y/', '#nowhere'],
      ['/portal/methods/y/', '/portal/img/none.png'],
      ['/portal/methods/y/', 'javascript:alert(1)'],
      ['/portal/404.html', 'cases/'],
    ]);
    expect(broken[0]!.reason).toContain('不存在');
    expect(broken[1]!.reason).toContain('“meiyou”');
    expect(broken[2]!.reason).toContain('基础路径');
    expect(broken[3]!.reason).toContain('缺少 /');
  });

  test('reads absolute links to the site’s own origin (canonical URLs) as internal', () => {
    const files = [builtPage('index.html', page('<link rel="canonical" href="https://example.org/portal/gone/">')), { path: '_astro/a.css' }];
    expect(findBrokenLinks(files, '/portal/', 'https://example.org')).toHaveLength(1);
  });
});

describe('page parts', () => {
  test('pageUrl maps output files to the URLs they are served at', () => {
    expect(pageUrl('index.html', '/')).toBe('/');
    expect(pageUrl('cases/x/index.html', '/portal/')).toBe('/portal/cases/x/');
  });
  test('anchors and links ignore the contents of script elements (chart data, code)', () => {
    const html = '<div id="a"></div><script type="application/json">{"id":"b","href":"/x/"} <a href="/y/"></script><a data-id="c" href="/z/">z</a>';
    expect([...anchorsOf(html)]).toEqual(['a']);
    expect(linksOf(html)).toEqual(['/z/']);
  });
});
