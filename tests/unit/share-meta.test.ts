import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SHARE_IMAGE, shareMeta } from '../../src/lib/share-meta';

const tags = (list: { property: string; content: string }[]) => Object.fromEntries(list.map((t) => [t.property, t.content]));

describe('share card', () => {
  test('the committed share image is a PNG of the size the tags announce', () => {
    const png = readFileSync(new URL(`../../public/${SHARE_IMAGE.file}`, import.meta.url));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
    // Apps fetch it on a phone: keep it small.
    expect(png.length).toBeLessThan(300 * 1024);
  });

  test('an entry page with a public URL: title, summary, article, address, image, zh_CN and its real dates', () => {
    const t = tags(
      shareMeta({
        title: '临浦镇',
        description: '摘要。',
        type: 'article',
        siteName: '门户',
        url: 'https://x.example/cases/a/',
        imageUrl: 'https://x.example/share.png',
        published: '2026-11-21',
        section: '典型案例',
      }),
    );
    expect(t).toEqual({
      'og:title': '临浦镇',
      'og:description': '摘要。',
      'og:type': 'article',
      'og:url': 'https://x.example/cases/a/',
      'og:site_name': '门户',
      'og:locale': 'zh_CN',
      'og:image': 'https://x.example/share.png',
      'og:image:type': 'image/png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': '门户',
      'article:published_time': '2026-11-21',
      'article:section': '典型案例',
    });
  });

  test('without a public URL there is no address and no image, and no date is made up', () => {
    const t = tags(shareMeta({ title: '首页', description: '说明', type: 'website', siteName: '门户' }));
    expect(Object.keys(t)).toEqual(['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale']);
  });
});
