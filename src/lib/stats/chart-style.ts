/**
 * How chart series look, shared by the canvas renderer (`src/scripts/chart-render.ts`) and the
 * legend the chart component renders in HTML, so that the two always match. Series are told apart
 * without colour: bars by fill pattern, lines by dash and point shape.
 */

/** Series colours; contrast on white 8.1:1, 6.1:1, 6.4:1, 7.6:1 (WCAG 1.4.11 asks 3:1). */
export const SERIES_COLOURS = ['#1d4f91', '#a34700', '#2f6b3a', '#6a3d9a'] as const;

/** Bar fills, in series order: a solid colour, then white stripes, dots and cross-hatch over it. */
export const BAR_PATTERNS = ['solid', 'stripes', 'dots', 'cross'] as const;
type BarPattern = (typeof BAR_PATTERNS)[number];

/** Line dashes and point shapes, in series order. */
export const LINE_DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot'] as const;

export const seriesColour = (i: number) => SERIES_COLOURS[i % SERIES_COLOURS.length]!;
export const barPattern = (i: number): BarPattern => BAR_PATTERNS[i % BAR_PATTERNS.length]!;
