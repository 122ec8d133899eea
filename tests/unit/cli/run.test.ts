import { describe, expect, it } from 'vitest';
import { composeBody } from '../../../lib/engine/form/body';
import { runCli, type Io } from '../../../lib/cli/run';
import { ReportSchema } from '../../../lib/engine/form/schema';

const enc = (s: string) => new TextEncoder().encode(s);

function fakeIo(files: Record<string, Uint8Array>, stdin = enc(''), isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    readFile: async (p) => {
      const f = files[p];
      if (!f) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
      return f;
    },
    readStdin: async () => stdin,
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    isTTY,
    noColor: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const READY = composeBody({
  username: '`heron-dev`',
  reason:
    'My phone with the authenticator was stolen in March 2026. I searched my password manager for the recovery codes. I still know my password and have the primary email. My package `otter-tools` lives at https://github.com/heron-dev/otter-tools.',
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
});

describe('recovery-check', () => {
  it('prints the JSON contract and exits 0 for a ready request', async () => {
    const f = fakeIo({ 'r.md': enc(READY) });
    expect(await runCli(['--json', 'r.md'], f.io)).toBe(0);
    const report = ReportSchema.parse(JSON.parse(f.out()));
    expect(report.ready).toBe(true);
    expect(report.score.passed).toBe(report.score.total);
    expect(Object.keys(JSON.parse(f.out()))).toEqual(['ready', 'score', 'checks', 'fields']);
  });

  it('leaves the panel-only fix objects out of the JSON', async () => {
    const f = fakeIo({ 'r.md': enc('### PyPI Username\n\nheron\n\n### Reason for request\n\nlost') });
    expect(await runCli(['--json', 'r.md'], f.io)).toBe(1);
    const checks = JSON.parse(f.out()).checks as Array<Record<string, unknown>>;
    expect(checks.every((c) => !('fix' in c))).toBe(true);
    expect(checks.find((c) => c.id === 'username.format')).toMatchObject({ status: 'warn', suggestion: '`heron`' });
  });

  it('reads standard input with -', async () => {
    const f = fakeIo({}, enc('I lost my phone.'));
    expect(await runCli(['-'], f.io)).toBe(1);
    expect(f.out()).toMatch(/Not ready yet/);
    expect(f.out()).toMatch(/Says how and when it happened/);
  });

  it('colours the checklist only on a terminal', async () => {
    const plain = fakeIo({ 'r.md': enc(READY) });
    await runCli(['r.md'], plain.io);
    expect(plain.out()).not.toContain('\u001b[');
    const tty = fakeIo({ 'r.md': enc(READY) }, enc(''), true);
    await runCli(['r.md'], tty.io);
    expect(tty.out()).toContain('\u001b[32m');
  });

  it.each([
    [[], /give a FILE/],
    [['a', 'b'], /only one FILE/],
    [['--frobnicate', 'a'], /unknown option '--frobnicate'/],
    [['missing.md'], /missing.md: no such file/],
  ])('exits 2 with one line on stderr for %j', async (argv, message) => {
    const f = fakeIo({});
    expect(await runCli(argv, f.io)).toBe(2);
    expect(f.err()).toMatch(message);
    expect(f.err().trim().split('\n')).toHaveLength(1);
  });

  it('refuses binary, non-UTF-8 and oversized input with a clear reason', async () => {
    const cases: Array<[Uint8Array, RegExp]> = [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /binary/],
      [new Uint8Array([0xff, 0xfe, 0x41]), /not UTF-8/],
      [new Uint8Array(6 * 1024 * 1024).fill(0x61), /limit 5 MB/],
    ];
    for (const [bytes, message] of cases) {
      const f = fakeIo({ x: bytes });
      expect(await runCli(['x'], f.io)).toBe(2);
      expect(f.err()).toMatch(message);
    }
  });

  it('prints help and exits 0', async () => {
    const f = fakeIo({});
    expect(await runCli(['--help'], f.io)).toBe(0);
    expect(f.out()).toMatch(/Usage: recovery-check/);
  });

  it('judges an empty body without crashing', async () => {
    const f = fakeIo({ 'e.md': enc('') });
    expect(await runCli(['--json', 'e.md'], f.io)).toBe(1);
    expect(JSON.parse(f.out()).ready).toBe(false);
  });
});
