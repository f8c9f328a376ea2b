/**
 * Chart hydration: the one browser module on pages with charts. Each chart figure carries its
 * numbers in a `<script type="application/json">` beside its canvas and a real table below it.
 * This module reveals the canvases and, only when a figure comes into view, loads the drawing code
 * (a tree-shaken Chart.js, `./chart-render.ts`) and draws. Without JavaScript the tables remain.
 */
import type { ChartData } from '../lib/stats/charts';

const figures = [...document.querySelectorAll<HTMLElement>('[data-chart-figure]')];
let renderer: Promise<typeof import('./chart-render')> | undefined;
const loadRenderer = () => (renderer ??= import('./chart-render'));
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

async function hydrate(figure: HTMLElement) {
  const box = figure.querySelector<HTMLElement>('[data-chart-canvas]');
  const canvas = box?.querySelector('canvas');
  const json = figure.querySelector('script[type="application/json"][data-chart-data]');
  if (!box || !canvas || !json?.textContent) return;
  try {
    const data = JSON.parse(json.textContent) as ChartData;
    const { drawChart } = await loadRenderer();
    drawChart(canvas, data, { reducedMotion });
    figure.dataset.chartState = 'drawn';
    // Now there is a picture to save; in an embed the table folds away under its summary.
    const png = figure.querySelector<HTMLButtonElement>('[data-chart-png]');
    if (png) {
      png.hidden = false;
      png.addEventListener('click', () => void import('./chart-export').then((m) => m.downloadPng(figure)));
    }
    figure.querySelector('[data-embed-table]')?.removeAttribute('open');
  } catch (error) {
    // The table below still carries every number; hide the empty canvas.
    box.hidden = true;
    figure.dataset.chartState = 'failed';
    console.warn('图表未能绘制，请看下方数据表。', error);
  }
}

if (figures.length > 0) {
  for (const figure of figures) {
    // Sizes and legend colours arrive as data attributes: the site's Content-Security-Policy
    // allows no style attributes in the markup, but a script may set styles (src/lib/csp.ts).
    for (const el of figure.querySelectorAll<HTMLElement>('[data-chart-height]')) el.style.height = `${el.dataset.chartHeight}rem`;
    for (const el of figure.querySelectorAll<HTMLElement>('[data-swatch-colour]')) el.style.setProperty('--c', el.dataset.swatchColour ?? '');
    figure.querySelector<HTMLElement>('[data-chart-canvas]')?.removeAttribute('hidden');
  }
  if ('IntersectionObserver' in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void hydrate(entry.target as HTMLElement);
        }
      },
      { rootMargin: '200px 0px' },
    );
    for (const figure of figures) observer.observe(figure);
  } else {
    for (const figure of figures) void hydrate(figure);
  }
}
