/**
 * 长者模式 / 大字版 and reflow, in Chromium at 360 px: the header control steps 标准 → 大字 → 特大, the
 * choice is kept on the device and applied before the first paint of the next page, the greys
 * darken in the larger sizes, and without JavaScript the control is a link to a plain page. On
 * every page type: nothing scrolls sideways at 360 px in any of the three sizes, nor at 320 px
 * (WCAG 1.4.10 reflow), nor with the browser's text at 200 % (WCAG 1.4.4), where no text is cut off.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations } from './support/axe';
import { PHONE, useBrowser, watchedPage } from './support/browser';
import { pageTypes } from './support/page-types';

const baseUrl = inject('baseUrl');
const at = (path: string) => new URL(path, baseUrl).href;
const browser = useBrowser();
const TYPES = pageTypes(inject('distDir'), inject('basePath'));
const control = (page: Page) => page.locator('header [data-text-size-next]');

/** How far the page reaches past the viewport's right edge, in CSS px (0: no sideways scroll). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The pages of `paths` that scroll sideways in `page`'s viewport, each with by how much. */
async function scrollingSideways(page: Page, paths: readonly string[]): Promise<string[]> {
  const wide: string[] = [];
  for (const path of paths) {
    await open(page, path);
    const over = await sideways(page);
    if (over > 0) wide.push(`/${path}: ${over} px`);
  }
  return wide;
}

/** Elements whose text is cut off: they hide overflow and their content is larger than their box. */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el): el is HTMLElement => el instanceof HTMLElement)
      .filter((el) => {
        const s = getComputedStyle(el);
        if (!/hidden|clip/.test(s.overflowX + s.overflowY) || el.closest('.sr-only, .sr-only-focusable, [hidden]') || el.offsetParent === null) return false;
        if (s.clipPath !== 'none' || el.clientWidth <= 1) return false; // visually hidden on purpose
        return el.innerText.trim() !== '' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}: ${el.innerText.trim().slice(0, 20)}`),
  );

async function open(page: Page, path: string) {
  await page.goto(at(path), { waitUntil: 'load' });
  if (path.startsWith('search/')) await page.waitForSelector('[data-search-results] > li', { timeout: 15_000 });
}

describe('长者模式 (text size)', () => {
  test('the header control steps 标准 → 大字 → 特大 → 标准, enlarging text 1.25× and 1.5× and darkening greys', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(at(''));
    const fontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const muted = () => page.locator('main .text-muted').first().evaluate((el) => getComputedStyle(el).color);
    const standard = { label: await control(page).innerText(), size: await fontSize(), muted: await muted() };
    const seen = [standard.label.trim()];
    const sizes = [standard.size];
    for (let i = 0; i < 3; i++) {
      await control(page).click();
      seen.push((await control(page).innerText()).trim());
      sizes.push(await fontSize());
      if (i === 0) expect(await muted(), 'darker greys at 大字').not.toBe(standard.muted);
    }
    expect(seen).toEqual(['A大字', 'A特大', 'A标准', 'A大字']);
    expect(sizes).toEqual(['16px', '20px', '24px', '16px']);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  test('the choice is kept on the device and is on the next page before its first paint', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(at(''));
    await control(page).click();
    await control(page).click();
    // What the page looks like in its first animation frame, which comes before its first paint.
    await page.context().addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { __firstFrame: string }).__firstFrame = `${document.documentElement.dataset.textSize} ${getComputedStyle(document.documentElement).fontSize}`;
      });
    });
    const second = await page.context().newPage();
    await second.goto(at('cases/'));
    await expect(second.evaluate(() => (window as unknown as { __firstFrame: string }).__firstFrame)).resolves.toBe('xl 24px');
    await expect(second.locator('header [data-text-size-next]').innerText()).resolves.toBe('A标准');
    await page.context().close();
  });

  test('the /text-size/ page picks a size and shows which is chosen', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true });
    await page.goto(at('text-size/'));
    const choice = (label: string) => page.locator('[data-text-size-set]', { hasText: label });
    await expect(choice('标准').getAttribute('aria-pressed')).resolves.toBe('true');
    await choice('特大').click();
    await expect(page.evaluate(() => document.documentElement.dataset.textSize)).resolves.toBe('xl');
    await expect(choice('特大').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(choice('标准').getAttribute('aria-pressed')).resolves.toBe('false');
    await control(page).click();
    await expect(choice('标准').getAttribute('aria-pressed')).resolves.toBe('true');
    await page.context().close();
  });

  test('without JavaScript the control is a link to a plain page that says how to enlarge text', async () => {
    const { page } = await watchedPage(browser(), baseUrl, { phone: true, javaScript: false });
    await page.goto(at(''));
    await expect(control(page).isVisible()).resolves.toBe(false);
    const link = page.locator('header a', { hasText: '大字' });
    await link.click();
    await page.waitForURL(at('text-size/'));
    await expect(page.locator('main').innerText()).resolves.toContain('Ctrl');
    await expect(page.locator('[data-text-size-set]').first().isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('reflow on every page type', () => {
  for (const size of ['', 'lg', 'xl']) {
    test(`nothing scrolls sideways at 360 px${size ? ` in 长者模式 ${size === 'lg' ? '大字' : '特大'}` : ''}`, async () => {
      const { page } = await watchedPage(browser(), baseUrl, { phone: true });
      await page.context().addInitScript((s) => localStorage.setItem('liangxin-text-size', s), size);
      expect(await scrollingSideways(page, TYPES)).toEqual([]);
      await page.context().close();
    });
  }

  test('WCAG 1.4.10: at 320 CSS px wide nothing scrolls sideways', async () => {
    const { page } = await watchedPage(browser(), baseUrl);
    await page.setViewportSize({ width: 320, height: 256 });
    expect(await scrollingSideways(page, TYPES)).toEqual([]);
    await page.context().close();
  });

  for (const viewport of [PHONE.viewport, { width: 1280, height: 800 }]) {
    test(`WCAG 1.4.4: with the browser's text at 200 % (${viewport.width} px), nothing scrolls sideways and no text is cut off`, async () => {
      const { page } = await watchedPage(browser(), baseUrl);
      await page.setViewportSize(viewport);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
      const problems: string[] = [];
      for (const path of TYPES) {
        await open(page, path);
        expect(await page.evaluate(() => getComputedStyle(document.body).fontSize), 'text at 200 %').toBe('32px');
        const over = await sideways(page);
        if (over > 0) problems.push(`/${path}: ${over} px sideways`);
        for (const c of await clipped(page)) problems.push(`/${path}: cut off ${c}`);
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
