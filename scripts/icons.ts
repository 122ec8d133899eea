/**
 * Rasterises assets/icon.svg into public/icon/<size>.png for the manifest (WXT picks up public/icon/*.png
 * as `icons`). Uses the same headless Chromium as the browser tests, so it needs no image library and no
 * network. Run `npm run icons` after editing the SVG, and commit the PNGs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = path.join(ROOT, 'assets/icon.svg');
const OUT_DIR = path.join(ROOT, 'public/icon');

async function main(): Promise<void> {
  const svg = readFileSync(SOURCE, 'utf8');
  if (!svg.includes('<svg')) throw new Error(`${SOURCE} is not an SVG`);
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of ICON_SIZES) {
      // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so the file is exactly size × size.
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // Nothing is fetched: the SVG is inlined, and every request is refused to be sure.
      await page.route('**/*', (route) => route.abort());
      const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style>` +
          `<img alt="" src="${dataUrl}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(OUT_DIR, `${size}.png`);
      writeFileSync(file, png);
      console.log(`${path.relative(ROOT, file)}  ${size}×${size}  ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
