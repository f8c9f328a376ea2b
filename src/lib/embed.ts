/**
 * The code another site pastes to show one of the portal's charts: an `<iframe>` of its page under
 * /embed/ (`src/pages/embed/[dataset]/[chart].astro`), which any site may frame
 * (`frame-ancestors *` for that folder only, src/lib/csp.ts).
 */

/** Room in the frame besides the chart: its title and unit above, the table's fold, the source and the link back below. */
const CHROME_PX = 200;
/** And for each note under the chart (up to two lines on a phone). */
const NOTE_PX = 56;

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` code for the chart page at `src` (absolute), titled `title` for screen readers, tall
 * enough for a chart of `height` rem (ChartFigure's height) at the browser's default 16 px with
 * `notes` notes under it.
 */
export function embedSnippet({ src, title, height, notes = 0 }: { src: string; title: string; height: number; notes?: number }): string {
  const px = Math.round(height * 16 + CHROME_PX + notes * NOTE_PX);
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${px}" loading="lazy" style="border:0"></iframe>`;
}
