/**
 * Draws one chart with Chart.js, loaded on demand by `charts.ts`. Only what the site's four chart
 * kinds need is registered (bar and line controllers, their elements, category and linear scales),
 * so the bundle stays small; the legend is HTML, rendered by the chart component.
 *
 * Series are told apart without colour: each bar series has its own fill pattern (solid, stripes,
 * dots, cross-hatch) and each line its own dash and point shape; values are written beside the
 * bars and points. Colours reach at least 3:1 against white (WCAG 1.4.11).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { barPattern, LINE_DASHES, POINT_STYLES, seriesColour } from '../lib/stats/chart-style';
import type { ChartData } from '../lib/stats/charts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale);

const INK = '#1f2328';
const GRID = '#d8dee4';

/** A fill for series `i`: solid, then white stripes, dots and cross-hatch over the colour (see chart-style.ts). */
function fill(i: number): CanvasPattern | string {
  const colour = seriesColour(i);
  const kind = barPattern(i);
  if (kind === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 10;
  const c = tile.getContext('2d');
  if (!c) return colour;
  c.fillStyle = colour;
  c.fillRect(0, 0, 10, 10);
  c.strokeStyle = c.fillStyle = 'rgba(255,255,255,0.85)';
  c.lineWidth = 2;
  if (kind === 'stripes' || kind === 'cross') {
    c.beginPath();
    c.moveTo(-1, 11);
    c.lineTo(11, -1);
    c.stroke();
  }
  if (kind === 'cross') {
    c.beginPath();
    c.moveTo(-1, -1);
    c.lineTo(11, 11);
    c.stroke();
  }
  if (kind === 'dots') {
    c.beginPath();
    c.arc(5, 5, 2, 0, Math.PI * 2);
    c.fill();
  }
  return c.createPattern(tile, 'repeat') ?? colour;
}

const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A long Chinese axis label broken into balanced lines of at most `width` characters. */
function wrap(label: string, width = 9): string | string[] {
  if (label.length <= width) return label;
  const size = Math.ceil(label.length / Math.ceil(label.length / width));
  const lines: string[] = [];
  for (let i = 0; i < label.length; i += size) lines.push(label.slice(i, i + size));
  return lines;
}

/** Writes each value beside its bar or point, and 未披露 where a value is missing. */
function directLabels(data: ChartData, horizontal: boolean): Plugin {
  return {
    id: 'directLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const index = chart.scales[horizontal ? 'y' : 'x'];
      const value = chart.scales[horizontal ? 'x' : 'y'];
      if (!index || !value) return;
      ctx.save();
      ctx.font = `13px ${Chart.defaults.font.family}`;
      ctx.fillStyle = INK;
      data.series.forEach((series, i) => {
        const meta = chart.getDatasetMeta(i);
        series.texts.forEach((text, j) => {
          if (!text) return;
          const el = meta.data[j] as unknown as { x: number; y: number; base?: number } | undefined;
          const missing = series.values[j] === null;
          if (data.render === 'stacked') {
            // Inside the segment when it is wide enough; the legend and the table carry the rest.
            if (missing || !el || el.base === undefined) return;
            const length = Math.abs((horizontal ? el.x : el.y) - el.base);
            const label = `${series.label} ${text}`;
            if (ctx.measureText(label).width + 8 > (horizontal ? length : 80)) return;
            const mid = (horizontal ? el.x : el.y) / 2 + el.base / 2;
            ctx.textAlign = 'center';
            ctx.textBaseline = 'middle';
            const w = ctx.measureText(label).width + 6;
            ctx.fillStyle = 'rgba(255,255,255,0.92)';
            if (horizontal) ctx.fillRect(mid - w / 2, el.y - 9, w, 18);
            else ctx.fillRect(el.x - w / 2, mid - 9, w, 18);
            ctx.fillStyle = INK;
            if (horizontal) ctx.fillText(label, mid, el.y);
            else ctx.fillText(label, el.x, mid);
            return;
          }
          const at = index.getPixelForValue(j);
          const zero = value.getPixelForValue(0);
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(text, (missing || !el ? zero : el.x) + 6, at);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            const y = missing || !el ? zero : el.y;
            ctx.fillText(text, data.render === 'line' ? (el?.x ?? at) : at, y - (data.render === 'line' ? 10 : 4));
          }
        });
      });
      ctx.restore();
    },
  };
}

export function drawChart(canvas: HTMLCanvasElement, data: ChartData, options: { reducedMotion: boolean }): Chart {
  Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = INK;
  const stacked = data.render === 'stacked';
  const horizontal = data.render === 'hbar' || (stacked && data.categories.length === 1);
  const line = data.render === 'line';
  const many = data.series.length > 1;

  const datasets = data.series.map((s, i) =>
    line
      ? {
          label: s.label,
          data: s.values,
          borderColor: seriesColour(i),
          backgroundColor: seriesColour(i),
          borderDash: LINE_DASHES[i % LINE_DASHES.length],
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 5,
          // A derived value is a hollow point reached by a dashed line.
          pointBackgroundColor: s.derived.map((d) => (d ? 'white' : seriesColour(i))),
          pointBorderWidth: 2,
          segment: {
            borderDash: (ctx: { p0DataIndex: number; p1DataIndex: number }) =>
              s.derived[ctx.p0DataIndex] || s.derived[ctx.p1DataIndex] ? [5, 4] : LINE_DASHES[i % LINE_DASHES.length],
          },
          borderWidth: 2.5,
          spanGaps: true,
        }
      : {
          label: s.label,
          data: s.values,
          backgroundColor: fill(i),
          borderColor: many ? 'white' : seriesColour(0),
          borderWidth: many ? 1 : 0,
          maxBarThickness: 56,
        },
  );

  // A percentage axis ends at 100 when every value fits, so shares are read against the whole.
  const percent = data.unit === '%' && data.series.every((s) => s.values.every((v) => v === null || (v >= 0 && v <= 100)));
  const valueAxis = {
    beginAtZero: true,
    ...(percent ? { max: 100 } : {}),
    stacked,
    grid: { color: GRID },
    title: { display: true, text: data.unit, color: INK },
    ticks: { color: INK, callback: (v: string | number) => number.format(Number(v)) },
    // Room for the labels written past the end of the longest bar or above the highest point.
    grace: '12%',
  };
  // Lines keep their end points off the chart's edges so that the labels there stay readable.
  const indexAxis = { stacked, offset: true, grid: { display: false }, ticks: { color: INK, autoSkip: false } };

  const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
    type: line ? 'line' : 'bar',
    data: { labels: (line ? data.categories : data.categories.map((c) => wrap(c))) as never, datasets: datasets as never },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: options.reducedMotion ? false : { duration: 400 },
      events: [],
      layout: { padding: { top: percent && !horizontal ? 24 : 8, right: horizontal ? 56 : 8 } },
      scales: horizontal ? { x: valueAxis, y: indexAxis } : { x: indexAxis, y: valueAxis },
    },
    plugins: [directLabels(data, horizontal)],
  };
  return new Chart(canvas, config as ChartConfiguration);
}
