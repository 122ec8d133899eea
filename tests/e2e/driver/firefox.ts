import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser as Firefox, type HTTPRequest, type Page } from 'puppeteer-core';
import { DEFAULT_PAGES, fixtureFor, ROOT } from '../harness';
import { pollFor, sleep } from '../wait';
import { panelOn, tabOn, whenLoaded, type RawPage } from './page-ops';
import { FIREFOX, keepAsTemplate, newProfile } from './firefox-profile';
import { startRecordingProxy } from './recording-proxy';
import type { Badge, Driver } from './types';

const FIREFOX_EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');
/** The add-on id in wxt.config.ts, and a fixed internal UUID so the tests know the moz-extension:// origin. */
const GECKO_ID = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'))
  .browser_specific_settings.gecko.id as string;
const UUID = '3f6b7d0e-5a2c-4e19-8c41-7b9d2e6a1f05';
const ORIGIN = `moz-extension://${UUID}`;

/** Hosts Firefox itself talks to (settings, updates, telemetry), never the extension. */
const FIREFOX_OWN = /^https?:\/\/[\w.-]*\.(?:mozilla\.(?:com|net|org)|firefox\.com)(?::\d+)?(?:\/|$)/;

/**
 * Puppeteer's page as the shared RawPage. Key chords are spelled as Playwright spells them (`Control+z`).
 */
function rawOf(page: Page): RawPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (condition) => void (await page.waitForFunction(condition, { polling: 50 })),
    click: (selector) => page.click(`pierce/${selector}`),
    focus: (selector) => page.focus(selector),
    // Over BiDi, puppeteer sends one character at a time; the editor's own insert is one input event, as a
    // paste is, and goes into the field's undo history like typing.
    insertText: async (text) => {
      await page.evaluate((t) => document.execCommand('insertText', false, t), text);
    },
    typeKeys: (text) => page.keyboard.type(text),
    async press(keys) {
      const parts = keys.split('+') as Parameters<typeof page.keyboard.press>[0][];
      const key = parts.pop()!;
      for (const m of parts) await page.keyboard.down(m);
      await page.keyboard.press(key);
      for (const m of parts.reverse()) await page.keyboard.up(m);
    },
    goto: async (url) => void (await page.goto(url)),
    resize: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

/**
 * Extension pages: goto never resolves for moz-extension:// over BiDi, so navigate without waiting, then poll.
 * Right after the extension reloads its pages are not there yet (the navigation fails, or the tab is closed
 * with the old extension): try again in a fresh tab.
 */
async function openExtensionPage(ff: Firefox, url: string): Promise<Page> {
  const end = Date.now() + 15_000;
  for (;;) {
    const page = await ff.newPage();
    const context = (
      page.mainFrame() as unknown as { browsingContext: { navigate(u: string, wait: string): Promise<unknown> } }
    ).browsingContext;
    context.navigate(url, 'none').catch(() => undefined);
    // While the page is swapped in, a read can land in the old document and fail: read again until it answers.
    const tryEnd = Math.min(end, Date.now() + 3_000);
    while (!page.isClosed() && Date.now() < tryEnd) {
      try {
        await page.waitForFunction(
          (u) => location.href === u && document.readyState === 'complete',
          {
            polling: 50,
            timeout: Math.max(100, tryEnd - Date.now()),
          },
          url,
        );
        return page;
      } catch {
        // Swapped, failed or closed: the loop decides.
      }
    }
    await page.close().catch(() => undefined);
    if (Date.now() > end) throw new Error(`${url} did not open in Firefox within 15 s`);
  }
}

/**
 * Headless Firefox ESR (Debian's) over WebDriver BiDi, the built MV2 extension installed as a temporary
 * add-on, github.com served from the fixtures by request interception, and everything else sent to a local
 * proxy that records it and answers nothing.
 */
export async function launchFirefoxDriver(options: { language?: string } = {}): Promise<Driver> {
  const proxy = await startRecordingProxy();
  const profile = newProfile();
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // The optional pypi.org permission is granted without the door-hanger, which no protocol can click.
      'extensions.webextOptionalPermissionPrompts': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own traffic (updates, telemetry, captive-portal checks) off, so what is left is ours.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/',
      // The UI language (with Debian's firefox-esr-l10n-* language pack installed); extensions follow it.
      ...(options.language ? { 'intl.locale.requested': options.language } : {}),
    },
  });
  keepAsTemplate(profile);
  await ff.installExtension(FIREFOX_EXTENSION_DIR);

  const pages = new Map(Object.entries(DEFAULT_PAGES));
  const seen: string[] = [];
  const served = (request: HTTPRequest) => {
    const url = new URL(request.url());
    seen.push(request.url());
    if (url.protocol === 'https:' && url.host === 'github.com') return request.respond(fixtureFor(url, pages));
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:') return request.continue();
    return request.abort();
  };
  const newTab = async () => {
    const page = await ff.newPage();
    await page.setRequestInterception(true);
    page.on('request', (r) => void served(r));
    return page;
  };

  let probe = await openExtensionPage(ff, `${ORIGIN}/manifest.json`);
  type ProbeApi = {
    browserAction: {
      getBadgeText(d: { tabId: number }): Promise<string>;
      getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
      getTitle(d: object): Promise<string>;
    };
    storage: { session: { get(k: string): Promise<Record<string, unknown>> } };
    tabs: { query(q: object): Promise<Array<{ id: number; url?: string; active: boolean }>> };
    runtime: { reload(): void };
    permissions: { getAll(): Promise<{ origins?: string[] }> };
    sidebarAction: { getPanel(d: object): Promise<string> };
    i18n: { getUILanguage(): string };
  };
  const badge = (tabId: number): Promise<Badge> =>
    probe.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser: ProbeApi }).browser;
      const text = await api.browserAction.getBadgeText({ tabId: id });
      const [r = 0, g = 0, b = 0] = await api.browserAction.getBadgeBackgroundColor({ tabId: id });
      return { text, color: `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}` };
    }, tabId);
  const stored = (key: string) =>
    probe.evaluate(async (k) => {
      const api = (globalThis as unknown as { browser: ProbeApi }).browser;
      return (await api.storage.session.get(k))[k] ?? null;
    }, key);

  const driver: Driver = {
    name: 'firefox',
    origin: ORIGIN,
    async open(pathAndQuery) {
      const page = await newTab();
      const url = `https://github.com${pathAndQuery}`;
      await page.goto(url);
      const raw = rawOf(page);
      await whenLoaded(raw);
      await page.bringToFront();
      const id = await probe.evaluate(async (u) => {
        const api = (globalThis as unknown as { browser: ProbeApi }).browser;
        const tabs = await api.tabs.query({});
        return (tabs.find((t) => t.active && t.url === u) ?? tabs.find((t) => t.url === u))?.id ?? null;
      }, page.url());
      if (id === null) throw new Error(`no tab for ${url}`);
      return tabOn(raw, id);
    },
    badge,
    waitForBadge: (tabId, until, timeoutMs = 5_000) =>
      pollFor(
        () => badge(tabId),
        until,
        (last) => `badge stayed ${JSON.stringify(last)}`,
        { timeoutMs },
      ),
    tabState: (tabId) => stored(`tab:${tabId}`),
    uiLanguage: () =>
      probe.evaluate(() => (globalThis as unknown as { browser: ProbeApi }).browser.i18n.getUILanguage()),
    toolbarButton: () =>
      probe.evaluate(async () => {
        const api = (globalThis as unknown as { browser: ProbeApi }).browser;
        return { title: await api.browserAction.getTitle({}), opens: await api.sidebarAction.getPanel({}) };
      }),
    grantedOrigins: () =>
      probe.evaluate(
        async () => (await (globalThis as unknown as { browser: ProbeApi }).browser.permissions.getAll()).origins ?? [],
      ),
    stored,
    async openPanel(tabId) {
      return panelOn(rawOf(await openExtensionPage(ff, `${ORIGIN}/sidepanel.html?tabId=${tabId}`)));
    },
    // Firefox's own housekeeping (remote settings) still reaches the proxy whatever the prefs say; it is the
    // browser's, not the extension's, and is left out. Anything else (pypi.org, any other host) is kept.
    requests: () => [...seen, ...proxy.seen.filter((u) => !FIREFOX_OWN.test(u))],
    async restartBackground() {
      // A reload stops the background page and starts a new one, and takes the extension's tabs with it:
      // once the old probe stops answering, the old extension is gone and a new probe cannot land in it.
      const old = probe;
      await old
        .evaluate(() => (globalThis as unknown as { browser: ProbeApi }).browser.runtime.reload())
        .catch(() => undefined);
      const end = Date.now() + 5_000;
      while (Date.now() < end && (await old.evaluate(() => true).catch(() => false))) await sleep(25);
      probe = await openExtensionPage(ff, `${ORIGIN}/manifest.json`);
    },
    async close() {
      await ff.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return driver;
}
