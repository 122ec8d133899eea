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

/**
 * What every browser benchmark starts from: Chromium with the built extension (built first if missing)
 * and the React form fixture open and hydrated. The caller closes `h`.
 */
export async function openBenchForm(): Promise<{ h: Harness; page: Page; tabId: number }> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM} (run: bash scripts/ensure-chromium.sh)`);
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
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
