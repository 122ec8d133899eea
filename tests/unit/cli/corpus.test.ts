import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type Io } from '../../../lib/cli/run';
import { ReportSchema } from '../../../lib/engine/form/schema';

// Real requests from pypi/support, laid beside the project by CI; the contract must hold for every one.
const CORPUS = resolve(__dirname, '../../../../shared/corpus/dev.jsonl');

describe('recovery-check --json on every real request of the corpus', () => {
  it('has the corpus to read', () => {
    expect(existsSync(CORPUS)).toBe(true);
  });

  it('prints the contract, never crashes, and is ready exactly when no check fails', async () => {
    const bodies = readFileSync(CORPUS, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { body: string }).body);
    expect(bodies.length).toBeGreaterThan(100);
    for (const body of bodies) {
      let out = '';
      const io: Io = {
        readFile: async () => new TextEncoder().encode(body),
        readStdin: async () => new Uint8Array(),
        out: (t) => (out += t),
        err: (t) => {
          throw new Error(`unexpected stderr: ${t}`);
        },
        isTTY: false,
        noColor: true,
      };
      const code = await runCli(['--json', 'body.md'], io);
      const report = ReportSchema.parse(JSON.parse(out));
      expect(report.ready).toBe(report.checks.every((c) => c.status !== 'fail'));
      expect(code).toBe(report.ready ? 0 : 1);
    }
  });
});
