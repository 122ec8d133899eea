/**
 * How far the side panel lags behind the badge, in headless Chromium with the built extension, on the
 * React form fixture with the panel page open beside it (the target: ≤ 100 ms). Each sample is
 * one key in the username box that changes the score (the first letter of an empty username, or
 * deleting it again), so both the badge text and the panel's summary line change. Recorded per key,
 * all on the browser's clock (performance.timeOrigin + now): the keydown in the page, the moment the
 * badge showed the new score, and the moment the panel's summary text changed in its DOM.
 *
 *   npx tsx scripts/bench/panel-latency.ts          (builds the extension first if it is not built)
 */
import { pathToFileURL } from 'node:url';
import { nextBadge, openBenchForm, percentile } from './browser-form';

export interface PanelBench {
  /** Panel summary change − badge change, per keystroke. */
  behindBadge: { p50: number; p95: number; max: number };
  /** Keydown in the page → panel summary change. */
  fromKey: { p50: number; p95: number };
  /** Of the lag: storage.onChanged reaching the panel → summary changed (parse + render). */
  render: { p50: number; p95: number };
  samples: number;
}

type Clocked = Window & {
  __keyAt?: number;
  __storedAt?: number[];
  __summaryChanges?: Array<{ text: string; at: number }>;
};

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
};

/** `reasonChars`: fill the reason first, so each update carries a long text through storage to the panel. */
export async function runPanelBench(samples = 40, reasonChars = 0): Promise<PanelBench> {
  const { h, page, tabId } = await openBenchForm();
  try {
    if (reasonChars > 0) {
      const line = 'I lost the phone with my authenticator app on it and I still know my password. ';
      await page
        .locator('main')
        .getByLabel('Reason for request')
        .fill(line.repeat(Math.ceil(reasonChars / line.length)).slice(0, reasonChars));
      await h.waitForBadge(tabId, (b) => /^\d+\/\d+$/.test(b.text));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    let badge = (await h.waitForBadge(tabId, (b) => /^\d+\/\d+$/.test(b.text))).text;
    const panel = await h.openPanel(tabId);
    await panel.locator('.summary__text').waitFor();
    // Every change of the summary line, timed in the panel the moment it reaches the DOM.
    await panel.evaluate(() => {
      const w = window as Clocked;
      w.__summaryChanges = [];
      w.__storedAt = [];
      // Added after the panel's own listener, so it runs just after the panel got the same change.
      chrome.storage.onChanged.addListener(() => w.__storedAt!.push(performance.timeOrigin + performance.now()));
      let last = document.querySelector('.summary__text')?.textContent ?? '';
      new MutationObserver(() => {
        const text = document.querySelector('.summary__text')?.textContent ?? '';
        if (text === last) return;
        last = text;
        w.__summaryChanges!.push({ text, at: performance.timeOrigin + performance.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.bringToFront();
    const username = page.locator('main').getByLabel('PyPI Username');
    await username.click();
    await page.evaluate(() => {
      document.addEventListener(
        'keydown',
        (e) => ((window as Clocked).__keyAt = performance.timeOrigin + e.timeStamp),
        true,
      );
    });

    const behind: number[] = [];
    const fromKey: number[] = [];
    const render: number[] = [];
    for (let i = 0; i < samples + 4; i++) {
      const changed = nextBadge(h, tabId, badge);
      await page.keyboard.press(i % 2 === 0 ? 'a' : 'Backspace');
      const seen = await changed;
      if (seen.text === badge) throw new Error(`the badge did not change after keystroke ${i + 1}`);
      badge = seen.text;
      const [passed, total] = badge.split('/');
      const shown = await panel.waitForFunction(
        (wanted) => (window as Clocked).__summaryChanges!.find((c) => c.text.includes(wanted)) ?? false,
        `${passed} of ${total} ready`,
        { timeout: 3000 },
      );
      const panelAt = ((await shown.jsonValue()) as { at: number }).at;
      const keyAt = await page.evaluate(() => (window as Clocked).__keyAt ?? NaN);
      const storedAt = await panel.evaluate((before) => {
        const w = window as Clocked;
        const at = w.__storedAt!.filter((t) => t <= before).at(-1) ?? NaN;
        w.__summaryChanges!.length = 0;
        w.__storedAt!.length = 0;
        return at;
      }, panelAt);
      if (i < 4) continue; // the first keystrokes warm up the worker, the panel and the JIT
      behind.push(panelAt - seen.at);
      fromKey.push(panelAt - keyAt);
      if (Number.isFinite(storedAt)) render.push(panelAt - storedAt);
    }
    const b = stats(behind);
    const k = stats(fromKey);
    const r = stats(render);
    return {
      behindBadge: b,
      fromKey: { p50: k.p50, p95: k.p95 },
      render: { p50: r.p50, p95: r.p95 },
      samples: behind.length,
    };
  } finally {
    await h.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  for (const chars of [0, Number(process.argv[2] ?? 100_000)]) {
    const r = await runPanelBench(40, chars);
    console.log(`reason of ${chars} chars:`);
    console.log(
      `  panel behind badge: p50 ${ms(r.behindBadge.p50)}, p95 ${ms(r.behindBadge.p95)}, max ${ms(r.behindBadge.max)} (${r.samples} keystrokes)`,
    );
    console.log(`  keystroke → panel:  p50 ${ms(r.fromKey.p50)}, p95 ${ms(r.fromKey.p95)}`);
    console.log(`  of the lag, storage.onChanged → summary: p50 ${ms(r.render.p50)}, p95 ${ms(r.render.p95)}`);
  }
}
