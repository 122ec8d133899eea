/**
 * `npm run bench`: the figures the issues ask for, printed. Engine time per body size; then, when they
 * can run here, the browser figures (keystroke → badge latency, content-script size) and the ownership
 * look-up against local fixtures.
 */
import { existsSync } from 'node:fs';
import { benchEngine } from './bench/engine';
import { benchScaling } from './bench/scaling';

function line(label: string, value: string) {
  console.log(`  ${label.padEnd(28)}${value}`);
}

console.log('Engine (parse + all rules), median:');
const rows = benchEngine();
for (const r of rows)
  line(`${r.label} (${(r.bytes / 1024).toFixed(0)} KiB)`, `${r.medianMs.toFixed(3)} ms  (${r.runs} runs)`);
const perKb = rows.slice(0, 4).map((r) => r.medianMs / (r.bytes / 1024));
line('ms per KiB, 10 KB → 1 MB', `${perKb[1]!.toFixed(4)} → ${perKb[3]!.toFixed(4)} (flat = linear)`);

console.log('\nHuge hostile inputs, ms per MB and 100 KB → 1 MB time ratio (~10 linear, ~100 quadratic):');
const scaling = benchScaling();
for (const r of scaling.rows)
  line(`${r.what}, ${r.shape}`.padEnd(46), `${r.msPerMb.toFixed(0).padStart(5)} ms/MB  ${r.ratio.toFixed(1)}x`);
line(
  'slowest case per MB',
  `${scaling.slowest.what} on "${scaling.slowest.shape}", ${scaling.slowest.msPerMb.toFixed(0)} ms`,
);

const optional: Array<[string, string, () => Promise<void>]> = [
  [
    'recovery-check start-up (Node only, one small request), median of alternating runs:',
    'scripts/bench/cli-startup.ts',
    async () => {
      const { benchCliStartup } = await import('./bench/cli-startup');
      const r = benchCliStartup();
      line(
        'start + one check',
        `${r.cliMs.toFixed(0)} ms  (bare node -e 0: ${r.nodeMs.toFixed(0)} ms, ${r.ratio.toFixed(2)}x)`,
      );
    },
  ],
  [
    'GitHub Action (the committed bundle, one run on a 10 KB request, local fake GitHub API):',
    'scripts/bench/action-run.ts',
    async () => {
      const { benchActionRun } = await import('./bench/action-run');
      const r = await benchActionRun();
      line('bundle size', `${r.bundleKiB.toFixed(0)} KiB, ${r.gzipKiB.toFixed(0)} KiB gzip`);
      line('one run, posting its comment', `${r.runMs.toFixed(0)} ms  (bare node -e 0: ${r.nodeMs.toFixed(0)} ms)`);
    },
  ],
  [
    'Ownership look-up (40 projects, local fake pypi.org, 5 ms per response):',
    'scripts/bench/ownership.ts',
    async () => {
      const { benchLookup } = await import('./bench/ownership');
      const ms = await benchLookup();
      line('look-up time', `${ms.toFixed(1)} ms`);
    },
  ],
  [
    'Browser (headless Chromium, built extension):',
    'scripts/bench/badge-latency.ts',
    async () => {
      const { runBadgeBench } = await import('./bench/badge-latency');
      const r = await runBadgeBench();
      line('keystroke → badge, p50', `${r.p50.toFixed(1)} ms`);
      line('keystroke → badge, p95', `${r.p95.toFixed(1)} ms  (${r.samples} keystrokes)`);
    },
  ],
  [
    'What the extension costs a page load (main-thread time with − without, median of alternating loads):',
    'scripts/bench/page-cost.ts',
    async () => {
      const { runPageCost } = await import('./bench/page-cost');
      const { CONTENT_SCRIPT_BUDGET_GZIP } = await import('../lib/page/budget');
      for (const r of await runPageCost()) {
        line(
          r.page,
          `+${r.addedMs.toFixed(1)} ms  (${r.withMs.toFixed(1)} with, ${r.withoutMs.toFixed(1)} without, ${r.loads} loads each)`,
        );
      }
      const { readFileSync } = await import('node:fs');
      const { gzipSync } = await import('node:zlib');
      const code = readFileSync('.output/chrome-mv3/content-scripts/content.js');
      const gz = gzipSync(code, { level: 9 }).length;
      line(
        'content script size',
        `${(code.length / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip (budget ${CONTENT_SCRIPT_BUDGET_GZIP / 1024} KiB)`,
      );
    },
  ],
  [
    'Panel behind the badge (headless Chromium, panel page open, target ≤ 100 ms):',
    'scripts/bench/panel-latency.ts',
    async () => {
      const { runPanelBench } = await import('./bench/panel-latency');
      const r = await runPanelBench();
      line('panel − badge, p50', `${r.behindBadge.p50.toFixed(1)} ms`);
      line('panel − badge, p95', `${r.behindBadge.p95.toFixed(1)} ms  (${r.samples} keystrokes)`);
      line('keystroke → panel, p95', `${r.fromKey.p95.toFixed(1)} ms`);
    },
  ],
];

for (const [title, file, run] of optional) {
  console.log(`\n${title}`);
  if (!existsSync(file)) {
    line('skipped', `${file} is missing`);
    continue;
  }
  try {
    await run();
  } catch (e) {
    line('could not run', e instanceof Error ? e.message.split('\n')[0]! : String(e));
  }
}
