/**
 * One run of the GitHub Action as the runner starts it (Node and the committed bundle, the event file and
 * inputs in the environment) on a 10 KB request, against the tests' local fake GitHub API. Figures: the
 * bundle's size, and the median wall time of a run that posts its comment, beside a bare `node -e 0`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startFakeGitHub } from '../../tests/fixtures/github-api/fake-api';
import { ROOT } from '../../tests/e2e/harness';
import { bodyOfSize, median } from './engine';

const BUNDLE = path.join(ROOT, 'action/dist/index.mjs');

function wallMs(args: string[], env: Record<string, string>): Promise<number> {
  const t0 = process.hrtime.bigint();
  return new Promise((resolve) =>
    execFile(process.execPath, args, { env }, () => resolve(Number(process.hrtime.bigint() - t0) / 1e6)),
  );
}

export interface ActionRun {
  bundleKiB: number;
  gzipKiB: number;
  runMs: number;
  nodeMs: number;
}

export async function benchActionRun(runs = 11): Promise<ActionRun> {
  const api = await startFakeGitHub();
  const dir = mkdtempSync(path.join(tmpdir(), 'pra-action-bench-'));
  try {
    const event = path.join(dir, 'event.json');
    // A vague 10 KB request: the run reads it, builds the comment and posts it.
    const body = bodyOfSize(10_240, ['I cannot get into my PyPI account and I need it back, please help me.']);
    writeFileSync(
      event,
      JSON.stringify({
        action: 'opened',
        issue: { number: 1, body, user: { login: 'someone', type: 'User' }, labels: ['account-recovery'] },
        repository: { name: 'support', owner: { login: 'pypi' } },
      }),
    );
    const env = { PATH: process.env.PATH ?? '', GITHUB_API_URL: api.url, GITHUB_EVENT_PATH: event, INPUT_TOKEN: 't' };
    const a: number[] = [];
    const b: number[] = [];
    await wallMs([BUNDLE], env);
    for (let i = 0; i < runs; i++) {
      api.comments.length = 0;
      a.push(await wallMs([BUNDLE], env));
      b.push(await wallMs(['-e', '0'], env));
    }
    const code = readFileSync(BUNDLE);
    return {
      bundleKiB: code.length / 1024,
      gzipKiB: gzipSync(code, { level: 9 }).length / 1024,
      runMs: median(a),
      nodeMs: median(b),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await api.close();
  }
}
