// Draws the app icons in public/ from one SVG design, with the Chromium the browser tests use.
// Run it only when the design changes, and commit the PNG files: builds and CI never run it.
//
//   npm run icons
//
// - pwa-192x192.png, pwa-512x512.png: the manifest's "any" icons (rounded, transparent corners)
// - maskable-icon-512x512.png: full-bleed, the drawing inside the central safe zone
// - apple-touch-icon.png (180 px): full-bleed and opaque; iOS rounds the corners itself

import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const PUBLIC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const BLUE = '#1f5f8b';

/** The document drawing of public/favicon.svg, on a 64-unit grid. */
const DOCUMENT =
  '<path d="M18 14h20l8 8v28H18z" fill="#fff"/>' +
  '<path d="M38 14v8h8" fill="#cfe3f1"/>' +
  `<path d="M24 30h16M24 37h16M24 44h10" stroke="${BLUE}" stroke-width="3" stroke-linecap="round"/>`;

/**
 * @param {{ rounded: boolean, scale: number }} design scale shrinks the drawing around the centre
 * @param {number} size pixels
 */
function svg({ rounded, scale }, size) {
  const offset = 32 * (1 - scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${size}" height="${size}">` +
    `<rect width="64" height="64" rx="${rounded ? 14 : 0}" fill="${BLUE}"/>` +
    `<g transform="translate(${offset} ${offset}) scale(${scale})">${DOCUMENT}</g></svg>`
  );
}

const ICONS = [
  { file: 'pwa-192x192.png', size: 192, design: { rounded: true, scale: 1 } },
  { file: 'pwa-512x512.png', size: 512, design: { rounded: true, scale: 1 } },
  // The drawing's farthest corners lie 22.8 of 64 units (36 %) from the centre, inside the
  // maskable safe zone (a circle of 40 % radius), so it needs no shrinking.
  { file: 'maskable-icon-512x512.png', size: 512, design: { rounded: false, scale: 1 } },
  { file: 'apple-touch-icon.png', size: 180, design: { rounded: false, scale: 1 } },
];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, design } of ICONS) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg(design, size)}</body></html>`,
    );
    await page
      .locator('svg')
      .screenshot({ path: join(PUBLIC, file), omitBackground: design.rounded });
    console.log(`public/${file} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
