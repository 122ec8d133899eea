/**
 * Screenshots of the side panel (light and dark) on a real-looking request, plus an axe-core run on each.
 * Usage: `npx wxt build && npx tsx scripts/screenshots.ts [outDir]` (default docs/screenshots).
 * The panel is opened as a page (`sidepanel.html?tabId=N`) on a state seeded into storage.session for a
 * tab id no page uses, so the shots do not depend on GitHub's markup or on the content script.
 * Exits 1 when axe finds a violation, so it can gate a release.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildReport } from '../lib/report';
import { tabKey, type TabState } from '../lib/messages';
import { describeViolations, panelAxeViolations } from '../tests/e2e/panel-axe';

const EXT = path.resolve('.output/chrome-mv3');
const OUT = path.resolve(process.argv[2] ?? 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Far above any real tab id, so the background never writes over the seeded state. */
const TAB = 987_654;

const FAILING = {
  username: '@octo-cat',
  reason: 'I got a new phone and now I cannot log in. My email is octo@example.org.',
  recoveryCodes: false,
  codeOfConduct: true,
  acknowledgement: true,
};
const PASSING = {
  username: '`octo-cat`',
  reason:
    'I lost the phone with my two-factor authentication app when it was stolen in March 2026, and I never ' +
    'saved the recovery codes. I tried restoring a phone backup and a password reset. I still have my password ' +
    'and access to the primary email address. I maintain octo-tools (github.com/octo-cat/octo-tools), released ' +
    'from that repository since 2019.',
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
};

interface SessionArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

function state(request: typeof FAILING): TabState {
  return { status: 'form', snapshot: null, report: buildReport(request), updatedAt: Date.now() };
}

async function launch(): Promise<{ ctx: BrowserContext; extId: string; seed: (s: TabState | null) => Promise<void> }> {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'panel-shots-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 400, height: 900 },
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, '--no-sandbox'],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extId = new URL(sw.url()).host;
  const seed = async (s: TabState | null) => {
    await sw.evaluate(
      async ([key, value]) => {
        // Runs in the service worker, where `chrome` is the extension API (not typed in this node script).
        const session = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage.session;
        if (value === null) await session.remove(key);
        else await session.set({ [key]: value });
      },
      [tabKey(TAB), s] as const,
    );
  };
  return { ctx, extId, seed };
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const { ctx, extId, seed } = await launch();
  const cases: Array<[string, TabState | null]> = [
    ['failing', state(FAILING)],
    ['passing', state(PASSING)],
    ['no-form', null],
  ];
  let total = 0;
  try {
    const page = await ctx.newPage();
    for (const [name, s] of cases) {
      await seed(s);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${extId}/sidepanel.html?tabId=${TAB}`);
        await page.locator('main.panel').waitFor();
        await page.waitForFunction(() => !document.querySelector('.notice--quiet'));
        // Open every <details> so axe also checks the composer and advice.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const violations = await panelAxeViolations(page);
        total += violations.length;
        console.log(`${name} ${scheme}: ${violations.length} axe violations`);
        if (violations.length) console.log(describeViolations(violations));
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
        await page.screenshot({ path: path.join(OUT, `panel-${name}-${scheme}.png`), fullPage: true });
      }
    }
  } finally {
    await ctx.close();
  }
  process.exitCode = total === 0 ? 0 : 1;
}

await main();
