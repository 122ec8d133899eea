/**
 * What the extension costs a page: main-thread time (the renderer's TaskDuration, from Chromium's own
 * performance counters) of loading a pypi/support page with the extension against the same load without
 * it. Two browsers run side by side and take turns, load after load, so a drift in the machine's speed
 * falls on both; the figure is the difference of the medians. Measured on the recovery form and on a
 * pypi/support issue page without the form, where the content script also runs.
 *
 *   npx tsx scripts/bench/page-cost.ts     (builds the extension first if it is not built)
 */
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, FORM_PATH, ISSUE_PATH, launchChromium } from '../../tests/e2e/harness';
import { ensureExtensionBuilt } from './browser-form';
import { median } from './engine';

export interface PageCost {
  page: string;
  withMs: number;
  withoutMs: number;
  addedMs: number;
  loads: number;
}

/** Main-thread milliseconds of one load, once the page has gone quiet (the content script runs at idle). */
async function taskMs(ctx: BrowserContext, pathAndQuery: string): Promise<number> {
  const page = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`https://github.com${pathAndQuery}`, { waitUntil: 'load' });
    // A bench, not a test: give the idle-time work (ours included) the same fixed moment on both sides.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => requestIdleCallback(() => requestIdleCallback(() => resolve())), 400),
        ),
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
  } finally {
    await page.close();
  }
}

export async function runPageCost(loads = 25): Promise<PageCost[]> {
  ensureExtensionBuilt();
  const withExt = await launchChromium(EXTENSION_DIR);
  const without = await launchChromium(null);
  try {
    const out: PageCost[] = [];
    for (const [name, where] of [
      ['recovery form', FORM_PATH],
      ['issue page, no form', ISSUE_PATH],
    ] as const) {
      // Warm both (caches, compiled code) before counting.
      await taskMs(withExt.ctx, where);
      await taskMs(without.ctx, where);
      const a: number[] = [];
      const b: number[] = [];
      for (let i = 0; i < loads; i++) {
        a.push(await taskMs(withExt.ctx, where));
        b.push(await taskMs(without.ctx, where));
      }
      const withMs = median(a);
      const withoutMs = median(b);
      out.push({ page: name, withMs, withoutMs, addedMs: withMs - withoutMs, loads });
    }
    return out;
  } finally {
    for (const side of [withExt, without]) {
      await side.ctx.close();
      rmSync(side.profile, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await runPageCost()) {
    console.log(
      `${r.page}: ${r.withMs.toFixed(1)} ms with, ${r.withoutMs.toFixed(1)} ms without → +${r.addedMs.toFixed(1)} ms (median of ${r.loads})`,
    );
  }
}
