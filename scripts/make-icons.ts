/**
 * Renders the app's icons (public/icons/*.png: the page's favicon and the web app manifest's) from public/favicon.svg
 * in headless Chromium, so the PNGs always match the favicon. Run: npx tsx scripts/make-icons.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium-launch.ts';

const SVG = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const OUT = new URL('../public/icons/', import.meta.url);
// A maskable icon may be cropped to a circle: its picture keeps to the middle 80% (the "safe zone").
// The page's favicon is a PNG too: the browser renders an SVG favicon as a document of its own on
// the page's main thread, twice, 8-22 ms each, during the first render (traced first visits).
const ICONS = [
  { file: 'icon-32.png', size: 32, inset: 0 },
  { file: 'icon-192.png', size: 192, inset: 0 },
  { file: 'icon-512.png', size: 512, inset: 0 },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1 },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage();
for (const { file, size, inset } of ICONS) {
  await page.setViewportSize({ width: size, height: size });
  const pad = size * inset;
  await page.setContent(
    `<body style="margin:0;background:${inset ? "#1e1b4b" : "transparent"};width:${size}px;height:${size}px">` +
      `<div style="position:absolute;left:${pad}px;top:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px">${SVG.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
  );
  await page.screenshot({ path: new URL(file, OUT).pathname, omitBackground: inset === 0 });
  console.log(`public/icons/${file}`);
}
await browser.close();
