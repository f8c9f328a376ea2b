/**
 * 图片: saves a drawn chart as a PNG, loaded only when a reader asks for one (src/scripts/charts.ts).
 * The picture is the canvas on white, headed by the chart's title, period and unit and followed by
 * its source and the page it comes from, so that it still says what it shows wherever it is pasted.
 */

function lines(figure: HTMLElement): { head: string[]; foot: string[] } {
  const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const caption = figure.querySelector('figcaption');
  const source = [...figure.querySelectorAll('p')].find((p) => p.textContent?.trim().startsWith('来源'));
  return {
    head: [text(caption?.querySelector('h2, h3, h4')), text(caption?.querySelector('p'))].filter(Boolean),
    foot: [text(source), `${document.title} ${document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]}`].filter(Boolean),
  };
}

export function downloadPng(figure: HTMLElement) {
  const chart = figure.querySelector('canvas');
  if (!chart) return;
  const scale = chart.width / (chart.clientWidth || chart.width);
  const font = getComputedStyle(document.documentElement).fontFamily;
  const pad = 16 * scale;
  const line = 22 * scale;
  const { head, foot } = lines(figure);
  const out = document.createElement('canvas');
  out.width = chart.width + 2 * pad;
  out.height = chart.height + 2 * pad + (head.length + foot.length) * line + pad;
  const c = out.getContext('2d');
  if (!c) return;
  c.fillStyle = '#fff';
  c.fillRect(0, 0, out.width, out.height);
  c.fillStyle = '#1f2328';
  c.textBaseline = 'top';
  head.forEach((t, i) => {
    c.font = `${i === 0 ? 'bold ' : ''}${(i === 0 ? 17 : 13) * scale}px ${font}`;
    c.fillText(t, pad, pad + i * line, out.width - 2 * pad);
  });
  const top = pad + head.length * line + pad / 2;
  c.drawImage(chart, pad, top);
  c.font = `${12 * scale}px ${font}`;
  c.fillStyle = '#57606a';
  foot.forEach((t, i) => c.fillText(t, pad, top + chart.height + pad / 2 + i * line, out.width - 2 * pad));
  out.toBlob((blob) => {
    if (!blob) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${figure.dataset.chartFile ?? 'chart'}.png`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }, 'image/png');
}
