/**
 * Lifecycle faults for the browser tests: reloading the whole extension (as an update does) and
 * watching a page for errors thrown by any script in it, the content script's isolated world included.
 * After a reload the harness's probe page is gone with the old extension, so `reloadExtension` returns
 * the same reads through a fresh probe.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Harness } from './harness';
import { probeOn, type Probe } from './probe';
import { OPTIONS } from './steps';
import { sleep } from './wait';

/** How many of the form's three boxes are ticked. */
export const ticked = (page: Page) =>
  Promise.all(OPTIONS.map((o) => page.locator('main').getByLabel(o).isChecked())).then(
    (boxes) => boxes.filter(Boolean).length,
  );
/** The panel's summary line ("4 of 10 ready — …"). */
export const summary = (panel: Page) => panel.locator('.summary').first();

/**
 * Reloads the extension from disk, as Chrome does on an update: the service worker, the panel and every
 * extension page close, storage.session is emptied, and content scripts already in tabs are cut off.
 */
export async function reloadExtension(h: Harness, probe: Page = h.probe): Promise<Probe> {
  // Chrome only reloads an unpacked extension in developer mode (otherwise it disables it), as a developer
  // would have it; a store update needs no such switch.
  const settings = await h.ctx.newPage();
  await settings.goto('chrome://extensions');
  const devMode = settings.locator('#devMode');
  if (!(await devMode.isChecked())) await devMode.click();
  await settings.close();
  // storage.session is emptied by a reload: a mark set now tells the new extension from the old one.
  await probe.evaluate(() => chrome.storage.session.set({ 'test:before-reload': true }));
  // The probe page closes with the old extension, so the call never answers; do not wait for it.
  void probe.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const end = Date.now() + 10_000;
  const page = await h.ctx.newPage();
  for (;;) {
    await sleep(100);
    try {
      await page.goto(`chrome-extension://${h.extensionId}/manifest.json`);
      const fresh = await page.evaluate(
        async () => (await chrome.storage.session.get('test:before-reload'))['test:before-reload'] === undefined,
      );
      if (fresh) break;
    } catch {
      // The extension's pages are briefly unavailable while it reloads.
    }
    if (Date.now() > end) throw new Error('the extension did not come back after a reload');
  }
  return probeOn(page);
}

/**
 * Collects uncaught errors and console errors from every script world of a page, including the
 * content scripts (Playwright's `pageerror` sees only the page's own world).
 */
export async function watchErrors(
  h: Harness,
  page: Page,
): Promise<{ errors: () => string[]; stop: () => Promise<void> }> {
  const cdp: CDPSession = await h.ctx.newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', (e) =>
    errors.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
  );
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type === 'error' || e.type === 'warning')
      errors.push(e.args.map((a) => String(a.value ?? a.description ?? '')).join(' '));
  });
  await cdp.send('Runtime.enable');
  return { errors: () => [...errors], stop: () => cdp.detach() };
}
