#!/usr/bin/env node
/**
 * The web app's icons (添加到主屏幕), drawn from the site's favicon (public/favicon.svg) with sharp
 * and written as PNG to public/icons/. Run it after changing the favicon, and commit the PNGs:
 *
 *   node scripts/make-icons.mjs
 *
 * - icon-192.png, icon-512.png: the favicon as it is (purpose `any`);
 * - icon-maskable-512.png: the star on a full red square, inside the central 80 % that a launcher's
 *   mask always keeps (purpose `maskable`);
 * - apple-touch-icon.png (180 px): a full square too — iOS rounds the corners itself.
 * The manifest that lists them is src/pages/manifest.webmanifest.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const sharp = createRequire(import.meta.url)('sharp');
const root = fileURLToPath(new URL('../', import.meta.url));
const favicon = readFileSync(`${root}public/favicon.svg`, 'utf8');

const fill = /<rect[^>]*fill="([^"]+)"/.exec(favicon)?.[1];
const star = /<path[^>]*\/>/.exec(favicon)?.[0];
if (!fill || !star) throw new Error('public/favicon.svg: expected a <rect fill="…"> background and a <path> on it');

/** The star on a full square, scaled by `scale` about the centre of the 32 × 32 drawing. */
const fullSquare = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${fill}"/>` +
  `<g transform="translate(16 16) scale(${scale}) translate(-16 -15)">${star}</g></svg>`;

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  // The star spans about 19 of 32 units; at 0.8 it stays well inside the 80 % safe circle.
  { file: 'icon-maskable-512.png', size: 512, svg: fullSquare(0.8) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullSquare(0.9) },
];

for (const { file, size, svg } of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(`${root}public/icons/${file}`);
  console.log(`public/icons/${file} (${size} × ${size})`);
}
