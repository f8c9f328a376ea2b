/** Budget: the chart code a chart page loads (hydration module + tree-shaken Chart.js), measured from dist/. */
import { expect, test } from 'vitest';
import { chartCode } from './support/chart-code';

const BUDGET = 60_000; // bytes, gzip (zlib default level)

test(`the chart code of a chart page is at most ${BUDGET / 1000} kB gzipped`, () => {
  const { files, gzipBytes, rawBytes } = chartCode();
  console.info(`chart code: ${files.join(' + ')} = ${rawBytes} bytes, ${gzipBytes} bytes gzipped`);
  expect(files.length).toBeGreaterThanOrEqual(2); // the hydration module and the lazily loaded renderer
  expect(gzipBytes).toBeLessThanOrEqual(BUDGET);
});
