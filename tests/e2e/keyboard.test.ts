/**
 * Keyboard use: Tab reaches every header control in order (the 长者模式 control among them), each shows a visible focus indicator
 * (painted, not clipped by a scrolling container), and the skip link moves focus to the content.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage } from './support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Focused = { name: string; tag: string; box: { x: number; y: number; width: number; height: number }; indicator: string; clippedBy: string | null };

/** What has focus, what shows it, and whether a scrolling or clipping ancestor cuts the indicator off. */
function describeFocus(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' ? Number.parseFloat(style.outlineWidth) : 0;
    const reach = outline > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)' && !/transparent/.test(style.outlineColor) ? outline + Math.max(0, Number.parseFloat(style.outlineOffset)) : 0;
    const r = el.getBoundingClientRect();
    let clippedBy: string | null = null;
    for (let a = el.parentElement; a && reach > 0; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      if (r.top - reach < c.top || r.bottom + reach > c.bottom || r.left - reach < c.left - a.scrollLeft || r.right + reach > c.right + (a.scrollWidth - a.clientWidth)) {
        clippedBy = `${a.tagName.toLowerCase()}${a.className ? `.${String(a.className).split(' ')[0]}` : ''}`;
      }
    }
    return {
      name: (el.getAttribute('aria-label') || el.innerText || el.getAttribute('placeholder') || el.id || '').trim().split('\n')[0]!,
      tag: el.tagName.toLowerCase(),
      box: { x: r.x, y: r.y, width: r.width, height: r.height },
      indicator: `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; box-shadow ${style.boxShadow}; background ${style.backgroundColor}`,
      clippedBy,
    };
  });
}

/** Pixels that differ between two PNG screenshots of the same size (compared in a blank page, outside the site's CSP). */
async function changedPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const count = await blank.evaluate(
    async ([x, y]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.src = `data:image/png;base64,${src}`;
        });
      const [ia, ib] = await Promise.all([load(x), load(y)]);
      const pixels = (img: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const pa = pixels(ia);
      const pb = pixels(ib);
      let n = 0;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) > 60) n++;
      }
      return n;
    },
    [a.toString('base64'), b.toString('base64')],
  );
  await blank.close();
  return count;
}

describe('keyboard', () => {
  test('Tab reaches the skip link, the site name, search, the text size control and every main section, each with a visible focus indicator', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(baseUrl);
    const navLinks = await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allInnerTexts();
    // …, the 长者模式 control (its glyph A, then its label), …
    const expected = ['跳到正文', '两新党建知识库', '搜索政策、案例、方法、术语', '搜索', 'A大字', ...navLinks.map((t) => t.trim())];
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focused = await describeFocus(page);
      reached.push(focused.name);
      expect(focused.clippedBy, `focus indicator of “${focused.name}” is cut off by ${focused.clippedBy}`).toBeNull();
      // The indicator must actually paint: compare the control with and without focus.
      const pad = 6;
      const clip = { x: Math.max(0, focused.box.x - pad), y: Math.max(0, focused.box.y - pad), width: focused.box.width + 2 * pad, height: focused.box.height + 2 * pad };
      const withFocus = await page.screenshot({ clip });
      // blur() keeps Chromium's sequential focus navigation starting point: the next Tab goes on from here.
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      const withoutFocus = await page.screenshot({ clip });
      const changed = await changedPixels(page, withFocus, withoutFocus);
      // At least a 2 px ring's worth of pixels around the control.
      const minimum = 2 * 2 * (focused.box.width + focused.box.height);
      expect(changed, `visible change when “${focused.name}” gets focus (${focused.indicator})`).toBeGreaterThanOrEqual(minimum);
    }
    expect(reached.map((name, i) => (name.startsWith(expected[i]!) ? expected[i] : name))).toEqual(expected);
    await page.context().close();
  });

  test('the skip link is visible when focused and moves focus to the main content', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.goto(new URL('methods/', baseUrl).href);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.width > 20 && box.height > 10 && box.y >= 0, 'skip link on screen when focused').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.context().close();
  });
});
