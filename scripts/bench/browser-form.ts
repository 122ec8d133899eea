import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, FORM_PATH, launch, ROOT, type Harness } from '../../tests/e2e/harness';

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Builds the extension (`wxt build`) unless it is built already. */
export function ensureExtensionBuilt(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}

/**
 * What every browser benchmark starts from: Chromium with the built extension (built first if missing)
 * and the React form fixture open and hydrated. The caller closes `h`.
 */
export async function openBenchForm(): Promise<{ h: Harness; page: Page; tabId: number }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (run: bash scripts/ensure-browsers.sh chromium)`);
  ensureExtensionBuilt();
  const h = await launch();
  try {
    const page = await h.open(FORM_PATH);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    return { h, page, tabId: await h.tabId(page) };
  } catch (error) {
    await h.close();
    throw error;
  }
}

/**
 * Watches the toolbar badge from inside the browser, starting now: resolves with the first text that differs
 * from `from`, and when it was seen on the browser's clock. Start it before the key goes down.
 */
export function nextBadge(h: Harness, tabId: number, from: string): Promise<{ text: string; at: number }> {
  return h.probe.evaluate(
    async ({ id, from }) => {
      const end = performance.now() + 3000;
      for (;;) {
        const text = await chrome.action.getBadgeText({ tabId: id });
        if (text !== from || performance.now() > end) return { text, at: performance.timeOrigin + performance.now() };
      }
    },
    { id: tabId, from },
  );
}
