import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, bundle } from '../../scripts/build-node';

const ROOT = path.resolve(__dirname, '../..');

describe('the committed Node bundles', () => {
  it.each(BUNDLES.map((b) => [b.out, b] as const))(
    '%s is what its sources build to (run npm run build:node)',
    async (_out, b) => {
      expect(readFileSync(path.join(ROOT, b.out), 'utf8') === (await bundle(b))).toBe(true);
    },
  );
});

/** The command as a user runs it: Node and the committed file, nothing else (no TypeScript runner). */
function recoveryCheck(args: string[], input = '') {
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/recovery-check.mjs'), ...args], {
    input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const NEEDS_WORK = '### PyPI Username\n\nheron\n\n### Reason for request\n\nMy phone fell in a lake.\n';

describe('recovery-check, run by Node alone', () => {
  it('checks a body from standard input and says what is missing', () => {
    const r = recoveryCheck(['-'], NEEDS_WORK);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Not ready yet/);
  });

  it('prints the comment the Action would post, with --markdown', () => {
    const r = recoveryCheck(['--markdown', '-'], NEEDS_WORK);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^<!-- pypi-recovery-assistant:check -->/);
    expect(r.out).toMatch(/PyPI support reads every request and decides/);
  });

  it('explains its flags without pointing outside the package', () => {
    const r = recoveryCheck(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--markdown/);
    expect(r.out).not.toMatch(/DESIGN\.md|\.\.\/|shared\//);
  });

  it('refuses an unknown flag or two outputs in one line, without a stack trace', () => {
    for (const args of [['--bogus', '-'], ['--json', '--markdown', '-'], []]) {
      const r = recoveryCheck(args);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/^recovery-check: /);
    }
  });
});
