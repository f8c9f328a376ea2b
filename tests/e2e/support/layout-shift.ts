/**
 * Cumulative Layout Shift as the browser reports it: a PerformanceObserver for `layout-shift`
 * entries, installed before the page's own code runs, summing the shifts that did not follow the
 * reader's input (what CLS counts; the largest session window is at most this sum).
 */
import type { Page } from 'playwright-core';

export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; sources: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources ?? []).map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').slice(0, 2).join('.')}` : ''}` : '?';
        });
        w.__shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shifts so far: their sum, and each shift with the elements that moved. */
export async function layoutShifts(page: Page): Promise<{ total: number; shifts: string[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; sources: string[] }[] }).__shifts);
  return {
    total: shifts.reduce((s, x) => s + x.value, 0),
    shifts: shifts.map((s) => `${s.value.toFixed(3)} ${s.sources.join(', ')}`),
  };
}
