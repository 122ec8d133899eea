import type { Page } from 'playwright-core';
import { launch } from '../harness';
import { panelOn, tabOn, type RawPage } from './page-ops';
import type { Driver } from './types';

/** Playwright's page as the shared RawPage. */
function rawOf(page: Page): RawPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    click: (selector) => page.locator(selector).click(),
    focus: (selector) => page.locator(selector).focus(),
    insertText: (text) => page.keyboard.insertText(text),
    typeKeys: (text) => page.keyboard.type(text),
    press: (keys) => page.keyboard.press(keys),
    reload: async () => void (await page.reload()),
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
  };
}

/** The page's own scripts are ready: the React mimic says so; the classic form is ready when loaded. */
async function whenLoaded(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const react = await page.evaluate(() => document.querySelector('script[src*="react-mimic"]') !== null);
  if (react) await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/** Headless Chromium (Debian's), the built MV3 extension, github.com served from the fixtures. */
export async function launchChromiumDriver(options: { language?: string } = {}): Promise<Driver> {
  const h = await launch(options);
  const seen: string[] = [];
  h.ctx.on('request', (r) => void seen.push(r.url()));
  return {
    name: 'chromium',
    origin: `chrome-extension://${h.extensionId}`,
    serve: h.serve,
    async open(pathAndQuery) {
      const page = await h.open(pathAndQuery);
      await whenLoaded(page);
      return tabOn(rawOf(page), await h.tabId(page), () => whenLoaded(page));
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
