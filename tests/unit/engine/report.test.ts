import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { CHECK_IDS } from '../../../lib/engine/form/schema';
import { RULES } from '../../../lib/engine/rules/index';

const base = {
  username: '`heron-dev`',
  reason: '',
  recoveryCodes: false,
  codeOfConduct: false,
  acknowledgement: false,
};

describe('buildReport', () => {
  it('runs every check id of the contract exactly once, in checklist order', () => {
    const ids = buildReport(base).checks.map((c) => c.id);
    expect([...ids].sort()).toEqual([...CHECK_IDS].sort());
    expect(ids).toEqual(RULES.map((r) => r.id));
  });

  it('is ready exactly when no check fails, and the score counts scored checks that do not fail', () => {
    const report = buildReport(base);
    expect(report.ready).toBe(false);
    const scored = RULES.filter((r) => r.scored).map((r) => r.id);
    expect(report.score.total).toBe(scored.length);
    expect(report.score.passed).toBe(report.checks.filter((c) => scored.includes(c.id) && c.status !== 'fail').length);
  });

  it('moves the score up as the user ticks boxes', () => {
    const before = buildReport(base).score.passed;
    const after = buildReport({ ...base, recoveryCodes: true, codeOfConduct: true, acknowledgement: true }).score
      .passed;
    expect(after - before).toBe(3);
  });

  it('gives every failing or warning check a message, and the same answer twice', () => {
    const report = buildReport({ ...base, username: 'heron@example.org', reason: 'help' });
    for (const c of report.checks) if (c.status !== 'pass') expect(c.message.length).toBeGreaterThan(20);
    expect(buildReport({ ...base, reason: 'help' })).toEqual(buildReport({ ...base, reason: 'help' }));
  });

  it('suggests wording that fits what was lost', () => {
    const email = buildReport({ ...base, reason: 'I lost access to my email address.' });
    const twoFa = buildReport({ ...base, reason: 'I lost my authenticator app.' });
    const circ = (r: typeof email) => r.checks.find((c) => c.id === 'reason.circumstances')!.suggestion!;
    expect(circ(email)).toMatch(/left the company|domain/);
    expect(circ(twoFa)).toMatch(/authenticator|security key/);
  });

  it('survives odd input: HTML, right-to-left marks, zero-width characters', () => {
    const odd = '<script>alert(1)</script>\u202Eabc\u200B\u200Bdef ### not a heading';
    expect(() => buildReport({ ...base, reason: odd, username: odd })).not.toThrow();
  });
});
