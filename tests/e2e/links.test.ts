/**
 * Every internal link and #anchor of the built site resolves — at the root (e2e) and under
 * /portal/ (e2e-base). The build itself stops on a broken link (src/build/link-check.ts);
 * this lists them again for a reused output (E2E_SKIP_BUILD=1) and proves the check sees the links.
 */
import { expect, inject, test } from 'vitest';
import { readBuiltSite } from '../../src/build/built-site';
import { describeBrokenLinks, findBrokenLinks } from '../../src/lib/link-check';

test('every internal link and anchor on every page leads somewhere', async () => {
  const files = await readBuiltSite(inject('distDir'));
  const pages = files.filter((f) => f.links !== undefined);
  const links = pages.reduce((n, p) => n + p.links!.length, 0);
  expect(pages.length).toBeGreaterThan(10);
  expect(links).toBeGreaterThan(pages.length * 10);
  const broken = findBrokenLinks(files, inject('basePath'), process.env.SITE_URL);
  expect(broken, describeBrokenLinks(broken)).toEqual([]);
});
