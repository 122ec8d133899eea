/**
 * Screenshots for the README, written by the browser tests (tests/e2e/panel-a11y.e2e.test.ts) so they
 * always show the panel as it is built now. `SCREENSHOTS_DIR` overrides where they go.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, type Badge } from './harness';

const SHOTS_DIR = process.env.SCREENSHOTS_DIR ?? path.join(ROOT, 'docs/screenshots');

/**
 * CSS pixels × 2 (a "retina" shot), so text stays crisp when the README shows it at CSS size. Playwright's
 * own screenshot keeps the context's scale (1), so `capture` below asks the browser directly.
 */
export async function sharpViewport(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await (await session(page)).send('Emulation.setDeviceMetricsOverride', {
    width,
    height,
    deviceScaleFactor: 2,
    mobile: false,
  });
}

/** One DevTools session per page, kept open: the browser drops a session's overrides when it detaches. */
const sessions = new WeakMap<Page, CDPSession>();
async function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = await page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

/** The viewport as the browser paints it now (at the scale sharpViewport set). */
export async function capture(page: Page): Promise<Buffer> {
  // No focus ring, blinking caret or hover (the pointer is left where the test last clicked): they made the
  // same picture differ from run to run. And let a theme switch or a state change reach the screen first.
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
  const { data } = await (await session(page)).send('Page.captureScreenshot', { format: 'png' });
  return Buffer.from(data, 'base64');
}

export async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const file = path.join(SHOTS_DIR, name);
  writeFileSync(file, await capture(page));
  return file;
}

/**
 * The fixture form is bare HTML (it mimics GitHub's markup, not its look); for the picture only, a few
 * Primer-like rules make it read as the GitHub page it stands for.
 */
const FORM_LOOK = `
  * { caret-color: transparent; }
  body { margin: 0; font: 14px/1.5 -apple-system, 'Segoe UI', 'Noto Sans', Helvetica, Arial, sans-serif; color: #1f2328; }
  .AppHeader { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 12px 24px; display: flex; gap: 24px; }
  .AppHeader a { color: #1f2328; font-weight: 600; text-decoration: none; margin-right: 16px; }
  main { max-width: 760px; margin: 0 auto; padding: 16px 24px; }
  h1 { font-size: 20px; font-weight: 600; } a { color: #0969da; }
  input[type=text], input:not([type]), textarea { display: block; width: 100%; box-sizing: border-box; font: inherit;
    padding: 5px 12px; border: 1px solid #d1d9e0; border-radius: 6px; margin: 4px 0 12px; }
  fieldset { border: 0; padding: 0; margin: 12px 0; } legend, [id^=":r"] { font-weight: 600; }
  button { font: inherit; font-weight: 500; border-radius: 6px; padding: 5px 16px; border: 1px solid #d1d9e0; background: #1f883d; color: #fff; }
`;

export async function dressForm(page: Page): Promise<void> {
  await page.addStyleTag({ content: FORM_LOOK });
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The form and the panel side by side under a drawn browser toolbar whose badge has the text and colour
 * the extension really set for that tab (a headless browser has no toolbar to photograph).
 */
export async function shootComposite(
  stage: Page,
  form: Buffer,
  panel: Buffer,
  badge: Badge,
  url: string,
  name: string,
): Promise<string> {
  const img = (png: Buffer, width: number) =>
    `<img alt="" width="${width}" src="data:image/png;base64,${png.toString('base64')}">`;
  await sharpViewport(stage, 1221, 848);
  await stage.setContent(`<!doctype html><html><body style="margin:0;background:#dee1e6;font:13px system-ui,sans-serif">
    <div style="display:flex;align-items:center;gap:12px;padding:8px 12px">
      <div style="flex:1;background:#fff;border-radius:16px;padding:6px 14px;color:#3c4043">${esc(url)}</div>
      <div style="position:relative;width:28px;height:28px;border-radius:6px;background:#3775a9;color:#ffd43b;
        font-weight:700;display:flex;align-items:center;justify-content:center">P
        <span style="position:absolute;right:-8px;bottom:-4px;background:${esc(badge.color)};color:#fff;font-size:10px;
          font-weight:600;line-height:14px;padding:0 3px;border-radius:3px">${esc(badge.text)}</span></div>
    </div>
    <div style="display:flex;border-top:1px solid #c4c7c5;background:#fff">
      <div style="width:820px;height:800px;overflow:hidden">${img(form, 820)}</div>
      <div style="width:400px;height:800px;overflow:hidden;border-left:1px solid #c4c7c5">${img(panel, 400)}</div>
    </div></body></html>`);
  await stage.waitForFunction(() => [...document.images].every((i) => i.complete));
  return shoot(stage, name);
}
