/**
 * Keystroke → badge latency in headless Chromium with the built extension, on the React form fixture.
 * Each sample is one key in the username box that changes the score (typing the first letter of an
 * empty username, or deleting it again), timed from the page's keydown to the moment the toolbar badge
 * shows the new text. Both clocks are the browser's (performance.timeOrigin + now), so no test-runner
 * round trip is counted.
 *
 *   npx tsx scripts/bench/badge-latency.ts          (builds the extension first if it is not built)
 */
import { pathToFileURL } from 'node:url';
import { nextBadge, openBenchForm, percentile } from './browser-form';

export interface BadgeBench {
  p50: number;
  p95: number;
  samples: number;
}

export { percentile };

export async function runBadgeBench(samples = 40): Promise<BadgeBench> {
  const { h, page, tabId } = await openBenchForm();
  try {
    const username = page.locator('main').getByLabel('PyPI Username');
    await username.click();
    await page.evaluate(() => {
      document.addEventListener(
        'keydown',
        (e) => {
          (window as { __keyAt?: number }).__keyAt = performance.timeOrigin + e.timeStamp;
        },
        true,
      );
    });
    let badge = (await h.waitForBadge(tabId, (b) => /^\d+\/\d+$/.test(b.text))).text;
    const times: number[] = [];
    for (let i = 0; i < samples + 4; i++) {
      // Start watching the badge in the browser before the key goes down.
      const changed = nextBadge(h, tabId, badge);
      await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace');
      const seen = await changed;
      const keyAt = await page.evaluate(() => (window as { __keyAt?: number }).__keyAt ?? NaN);
      if (seen.text === badge) throw new Error(`the badge did not change after keystroke ${i + 1}`);
      badge = seen.text;
      if (i >= 4) times.push(seen.at - keyAt); // the first keystrokes warm up the worker and the JIT
    }
    const sorted = [...times].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      samples: sorted.length,
    };
  } finally {
    await h.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await runBadgeBench();
  console.log(`keystroke → badge: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${r.samples} keystrokes)`);
}
