/**
 * Screenshots of the side panel for the README, plus the axe-core check of the panel.
 * Usage: `npx tsx scripts/screenshots.ts [outDir]` (default docs/screenshots).
 *
 * The pictures are made by the browser test tests/e2e/panel-a11y.e2e.test.ts (real form fixture, real
 * content script, real badge), so `npm run test:e2e` keeps them current too; this script only builds the
 * extension and runs that one file. Exits non-zero when a test, including an axe check, fails.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? 'docs/screenshots');
const env = { ...process.env, SCREENSHOTS_DIR: out };

function run(cmd: string, args: string[]): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  return r.status ?? 1;
}

const status =
  run('npx', ['wxt', 'build']) ||
  run('npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts', 'tests/e2e/panel-a11y.e2e.test.ts']);
if (status === 0) console.log(`Screenshots written to ${out}`);
process.exitCode = status;
