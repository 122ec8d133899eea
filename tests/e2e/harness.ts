/**
 * Browser-test harness: real headless Debian Chromium with the built extension (.output/chrome-mv3),
 * github.com served from tests/fixtures/github, everything else blocked. No network is used.
 *
 *   const h = await launch();                    // once per test file (beforeAll), h.close() in afterAll
 *   launch({ extensionDir })                     // load another unpacked copy (see ownership.e2e.test.ts)
 *   h.serve('/pypi/support/issues/new', 'legacy-form.html');   // which fixture a github.com path gets
 *   const page = await h.open(FORM_PATH);        // a tab on https://github.com<path>
 *   const tabId = await h.tabId(page);           // Chrome's id of that tab
 *   await h.waitForBadge(tabId, (b) => b.text !== '');        // {text, color: '#rrggbb'}
 *   await h.tabState(tabId);                     // what the background stored in storage.session
 *   await h.write(tabId, { kind: 'tick', box: 'codeOfConduct' });   // as the panel sends it
 *   const panel = await h.openPanel(tabId);      // sidepanel.html?tabId=<id> in a tab
 *   await h.probe.evaluate(() => chrome.…);      // any other extension API call
 *   await h.restartServiceWorker();              // stop the MV3 worker, as Chrome does when idle
 *   await h.workerRunning();                     // is it running now?
 *
 * Reads go through an extension page (the "probe"), not the service worker, so they work while the
 * worker is stopped and do not wake it up.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { probeOn } from './probe';
import { pollFor } from './wait';
import type { browser as ExtensionApi } from 'wxt/browser';

declare global {
  /** The extension API inside pages evaluated in the browser (the probe page runs with Chrome's `chrome`). */
  const chrome: typeof ExtensionApi;
}

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const FIXTURES = path.join(ROOT, 'tests/fixtures/github');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FORM_PATH = '/pypi/support/issues/new?template=account-recovery.yml';
export const CHOOSE_PATH = '/pypi/support/issues/new/choose';
export const ISSUES_PATH = '/pypi/support/issues';
export const ISSUE_PATH = '/pypi/support/issues/4242';

export interface Badge {
  text: string;
  /** `#rrggbb`, lower case. */
  color: string;
}

export interface Harness {
  ctx: BrowserContext;
  extensionId: string;
  /** An extension page (the manifest) with `chrome.*` APIs, for reads in `probe.evaluate`. */
  probe: Page;
  serve(pathname: string, fixture: string): void;
  open(pathAndQuery: string): Promise<Page>;
  tabId(page: Page): Promise<number>;
  badge(tabId: number): Promise<Badge>;
  waitForBadge(tabId: number, until: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  tabState(tabId: number): Promise<unknown>;
  write(tabId: number, write: unknown): Promise<unknown>;
  pageStatus(tabId: number): Promise<string | null>;
  waitForPageStatus(tabId: number, status: string, timeoutMs?: number): Promise<void>;
  openPanel(tabId: number): Promise<Page>;
  restartServiceWorker(): Promise<void>;
  workerRunning(): Promise<boolean>;
  close(): Promise<void>;
}

/** Default pages; `serve` overrides per path. Unknown github.com paths get a 404. */
export const DEFAULT_PAGES: Record<string, string> = {
  '/pypi/support/issues/new': 'react-form.html',
  [CHOOSE_PATH]: 'choose.html',
  [ISSUES_PATH]: 'dialog.html',
  [ISSUE_PATH]: 'not-form.html',
};

/**
 * What github.com answers for a URL: a fixture script for /assets/<name>.js, else the page `pages` gives
 * its path, else a 404. Only the recovery template is a form; other templates of /issues/new render as a
 * plain page. The same for both browsers: Playwright fulfils a route with it, puppeteer responds with it.
 */
export function fixtureFor(
  url: URL,
  pages: ReadonlyMap<string, string>,
): { status: number; contentType: string; body: string } {
  if (/^\/assets\/[\w-]+\.js$/.test(url.pathname)) {
    const body = readFileSync(path.join(FIXTURES, url.pathname.slice('/assets/'.length)), 'utf8');
    return { status: 200, contentType: 'text/javascript', body };
  }
  const pathname = url.pathname.replace(/\/$/, '') || '/';
  const otherTemplate =
    pathname === '/pypi/support/issues/new' && url.searchParams.get('template') !== 'account-recovery.yml';
  const fixture = otherTemplate ? 'not-form.html' : pages.get(pathname);
  if (!fixture)
    return { status: 404, contentType: 'text/html', body: '<!doctype html><title>Not Found</title><h1>404</h1>' };
  return { status: 200, contentType: 'text/html', body: readFileSync(path.join(FIXTURES, fixture), 'utf8') };
}

export interface LaunchOptions {
  /** Another unpacked build to load (e.g. a copy with a patched manifest); the normal build by default. */
  extensionDir?: string;
  /** The browser's UI language (`de`, `pt-BR`): what the extension's messages follow. English by default. */
  language?: string;
}

/**
 * Chromium on Linux takes its UI language from the environment (and needs Debian's chromium-l10n for
 * anything but English); `--lang` and the page locale follow along.
 */
function languageSettings(language: string | undefined) {
  if (!language) return { args: [] as string[], env: {}, locale: undefined };
  const posix = `${language.replace('-', '_')}.UTF-8`;
  return {
    args: [`--lang=${language}`],
    env: { LANGUAGE: language.replace('-', '_'), LANG: posix, LC_ALL: posix },
    locale: language,
  };
}

/** Headless Chromium with github.com served from the fixtures and every other host blocked; `extensionDir` loads that build. */
export async function launchChromium(
  extensionDir: string | null,
  pages = new Map(Object.entries(DEFAULT_PAGES)),
  language?: string,
) {
  const profile = mkdtempSync(path.join(tmpdir(), 'pra-e2e-'));
  const lang = languageSettings(language);
  const extension =
    extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`];
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...extension,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...lang.args,
    ],
    ...(language ? { env: { ...process.env, ...lang.env }, locale: lang.locale } : {}),
  });
  await ctx.route(/.*/, (route) => {
    const url = route.request().url();
    if (url.startsWith('https://github.com/')) return route.fulfill(fixtureFor(new URL(url), pages));
    if (url.startsWith('chrome-extension://')) return route.continue();
    return route.abort('blockedbyclient');
  });
  return { ctx, profile, pages };
}

export async function launch({ extensionDir = EXTENSION_DIR, language }: LaunchOptions = {}): Promise<Harness> {
  const { ctx, profile, pages } = await launchChromium(extensionDir, undefined, language);

  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 10_000 }));
  const extensionId = new URL(worker.url()).host;
  const probe = await ctx.newPage();
  await probe.goto(`chrome-extension://${extensionId}/manifest.json`);

  const reads = probeOn(probe);
  const h: Harness = {
    ctx,
    extensionId,
    probe,
    serve: (pathname, fixture) => void pages.set(pathname, fixture),
    async open(pathAndQuery) {
      const page = await ctx.newPage();
      await page.goto(`https://github.com${pathAndQuery}`);
      return page;
    },
    async tabId(page) {
      await page.bringToFront();
      const url = page.url();
      const id = await probe.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        const same = tabs.filter((t) => t.url === u);
        return (same.length === 1 ? same[0] : tabs.find((t) => t.active && t.url === u))?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    },
    // Badge, state and write reads are the same through any extension page (see probe.ts).
    badge: reads.badge,
    waitForBadge: reads.waitForBadge,
    tabState: reads.tabState,
    write: reads.write,
    pageStatus: reads.pageStatus,
    waitForPageStatus: reads.waitForPageStatus,
    async openPanel(tabId) {
      const panel = await ctx.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async restartServiceWorker() {
      const session = await ctx.browser()!.newBrowserCDPSession();
      const workerTarget = async () =>
        (await session.send('Target.getTargets', { filter: [{}] })).targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.includes(extensionId),
        );
      const target = await workerTarget();
      if (!target) throw new Error('no running service worker to stop');
      // Closing the worker's target stops it, as Chrome does after 30 s idle; the next event starts a new one.
      await session.send('Target.closeTarget', { targetId: target.targetId });
      await pollFor(
        workerTarget,
        (running) => !running,
        () => 'the service worker did not stop',
        { everyMs: 20 },
      );
      await session.detach();
    },
    /** Whether the extension's service worker is running now (for tests of the restart). */
    async workerRunning() {
      const session = await ctx.browser()!.newBrowserCDPSession();
      const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
      await session.detach();
      return targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    },
    async close() {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return h;
}
