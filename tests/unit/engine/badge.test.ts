import { describe, expect, it } from 'vitest';
import { BADGE_COLOURS, badgeForReport, badgeUnrecognised } from '../../../lib/engine/badge';
import type { Report } from '../../../lib/engine/form/schema';
import { buildReport } from '../../../lib/engine/report';
import { english } from '../../../lib/i18n/english';

const report = (passed: number, total: number, ready: boolean, failing: Report['checks'] = []): Report => ({
  ready,
  score: { passed, total },
  checks: failing,
  fields: { username: '', reason: '', recoveryCodes: false, codeOfConduct: false, acknowledgement: false },
});

describe('the toolbar badge', () => {
  it('shows the score as n/N', () => {
    expect(badgeForReport(report(7, 12, false), english).text).toBe('7/12');
  });

  it('is red under half, amber from half, green only when ready', () => {
    expect(badgeForReport(report(5, 12, false), english).color).toBe(BADGE_COLOURS.red);
    expect(badgeForReport(report(6, 12, false), english).color).toBe(BADGE_COLOURS.amber);
    // Every scored check passes but an unscored one fails: not ready, so not green.
    expect(badgeForReport(report(12, 12, false), english).color).toBe(BADGE_COLOURS.amber);
    expect(badgeForReport(report(12, 12, true), english).color).toBe(BADGE_COLOURS.green);
  });

  it('says in the tooltip which checks count only because the writer marked them', () => {
    const marked = report(12, 12, true, [
      {
        id: 'reason.remaining_access',
        status: 'pass',
        message: 'Marked by you.',
        marked: { status: 'fail', message: 'It does not say what still works.' },
      },
    ]);
    const badge = badgeForReport(marked, english);
    expect(badge.color).toBe(BADGE_COLOURS.green);
    expect(badge.title).toContain('Marked by you as covered: Says what access you still have.');
  });

  it('names what is missing in the tooltip, by the checklist titles', () => {
    const empty = buildReport({
      username: '',
      reason: '',
      recoveryCodes: false,
      codeOfConduct: false,
      acknowledgement: false,
    });
    const title = badgeForReport(empty, english).title;
    expect(title).toMatch(/not ready/);
    expect(title).toContain('Missing: Username given');
    expect(title).toMatch(/and \d+ more/);
  });

  it('an empty form is red and not ready', () => {
    const empty = buildReport({
      username: '',
      reason: '',
      recoveryCodes: false,
      codeOfConduct: false,
      acknowledgement: false,
    });
    expect(badgeForReport(empty, english).color).toBe(BADGE_COLOURS.red);
  });

  it("speaks the reader's language: every word of the tooltip comes from the messages", () => {
    const keys: string[] = [];
    const empty = buildReport({
      username: '',
      reason: '',
      recoveryCodes: false,
      codeOfConduct: false,
      acknowledgement: false,
    });
    badgeForReport(empty, (key) => {
      keys.push(key);
      return `«${key}»`;
    });
    expect(keys).toContain('badge_not_ready');
    expect(keys).toContain('check_username_present');
    expect(keys.every((k) => /^(badge|check)_/.test(k))).toBe(true);
  });

  it('says when the form was not recognised instead of scoring it', () => {
    const view = badgeUnrecognised(english);
    expect(view.text).toBe('?');
    expect(view.title).toMatch(/not recognised/);
  });
});
