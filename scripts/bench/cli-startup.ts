/**
 * How long `recovery-check` takes to start and check one small request, against a bare `node -e 0` started
 * the same way: the two take turns, and each figure is a median.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../tests/e2e/harness';
import { median } from './engine';

const SMALL = '### PyPI Username\n\n`heron`\n\n### Reason for request\n\nMy phone was stolen last week.\n';

function wallMs(args: string[], input: string): number {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { input, stdio: ['pipe', 'ignore', 'ignore'] });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export function benchCliStartup(runs = 15): { cliMs: number; nodeMs: number; ratio: number } {
  const cli = [path.join(ROOT, 'bin/recovery-check.mjs'), '--json', '-'];
  wallMs(cli, SMALL);
  wallMs(['-e', '0'], '');
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(wallMs(cli, SMALL));
    b.push(wallMs(['-e', '0'], ''));
  }
  const cliMs = median(a);
  const nodeMs = median(b);
  return { cliMs, nodeMs, ratio: cliMs / nodeMs };
}
