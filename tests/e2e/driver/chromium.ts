import type { Page } from 'playwright-core';
import { type Harness, launch } from '../harness';
import { panelOn, tabOn, whenLoaded, type RawPage } from './page-ops';
import type { Driver } from './types';

/** Playwright's page as the shared RawPage. */
function rawOf(page: Page): RawPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    waitFor: async (condition) => void (await page.waitForFunction(condition)),
    click: (selector) => page.locator(selector).click(),
    focus: (selector) => page.locator(selector).focus(),
    insertText: (text) => page.keyboard.insertText(text),
    typeKeys: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** Headless Chromium (Debian's), the built MV3 extension, github.com served from the fixtures. */
export async function launchChromiumDriver(options: { language?: string } = {}): Promise<Driver> {
  return chromiumDriverOn(await launch(options));
}

/** The shared driver over a browser already launched, for files that also use the harness's own reach. */
export function chromiumDriverOn(h: Harness): Driver {
  const seen: string[] = [];
  h.ctx.on('request', (r) => void seen.push(r.url()));
  return {
    name: 'chromium',
    origin: `chrome-extension://${h.extensionId}`,
    async open(pathAndQuery) {
      const page = await h.open(pathAndQuery);
      const raw = rawOf(page);
      await whenLoaded(raw);
      return tabOn(raw, await h.tabId(page));
    },
    badge: h.badge,
    waitForBadge: h.waitForBadge,
    tabState: h.tabState,
    stored: (key) => h.probe.evaluate(async (k) => (await chrome.storage.session.get(k))[k] ?? null, key),
    async openPanel(tabId) {
      return panelOn(rawOf(await h.openPanel(tabId)));
    },
    requests: () => seen,
    toolbarButton: () =>
      h.probe.evaluate(async () => {
        const behavior = await chrome.sidePanel.getPanelBehavior();
        const options = await chrome.sidePanel.getOptions({});
        const opens =
          behavior.openPanelOnActionClick && options.path
            ? chrome.runtime.getURL(options.path as '/sidepanel.html')
            : null;
        return { title: await chrome.action.getTitle({}), opens };
      }, null),
    uiLanguage: () => h.probe.evaluate(() => chrome.i18n.getUILanguage(), null),
    grantedOrigins: () => h.probe.evaluate(async () => (await chrome.permissions.getAll()).origins ?? [], null),
    restartBackground: () => h.restartServiceWorker(),
    close: () => h.close(),
  };
}
