import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/engine/form/schema';
import { isMarkable, MARKABLE } from '../../../lib/engine/markable';
import { applyMarks, holds, markFor, toggleMark } from '../../../lib/engine/marks';
import { buildReport, toContract } from '../../../lib/engine/report';
import { requestOf } from '../builders';

const MARKED = 'Marked by you.';

// Says what was lost, how and when, and that codes are gone; says nothing of what was tried or what remains.
const REASON = [
  'My phone with the authenticator app was stolen on a train in March.',
  'I never saved the recovery codes, so I have none.',
  'The project pages link to my GitHub profile.',
].join('\n');

function reportOf(reason: string): Report {
  return buildReport(requestOf(reason, '`train-rider`'));
}

describe('a mark holds while what the writer had written is still there', () => {
  it('holds on the same text, and when text is added before, between or after', () => {
    expect(holds(REASON, REASON)).toBe(true);
    expect(holds(REASON, `Hello support team.\n${REASON}\nThank you for your time.`)).toBe(true);
    const [a, b, c] = REASON.split('\n');
    expect(holds(REASON, `${a}\nI tried logging in twice.\n${b}\n${c}`)).toBe(true);
  });

  it('holds through a fixed typo, a redaction or changed line breaks', () => {
    expect(holds(REASON, REASON.replace('stolen', 'stollen'))).toBe(true);
    expect(holds(REASON, REASON.replace('in March', 'in [removed]'))).toBe(true);
    expect(holds(REASON, REASON.replaceAll('\n', ' '))).toBe(true);
  });

  it('ends when any sentence of it is deleted', () => {
    const lines = REASON.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const without = lines.filter((_, j) => j !== i).join('\n');
      expect(holds(REASON, without), `without line ${i + 1}`).toBe(false);
    }
  });

  it('ends when a sentence is rewritten in other words', () => {
    const rewritten = REASON.replace(
      'The project pages link to my GitHub profile.',
      'Nothing else links me to those packages, sadly.',
    );
    expect(holds(REASON, rewritten)).toBe(false);
  });

  it('ends when the reason is emptied, and never rests on greetings alone', () => {
    expect(holds(REASON, '')).toBe(false);
    expect(holds('Hi! Thanks.', 'Hi! Thanks.')).toBe(false);
  });

  it('does not care about case, punctuation or accents being kept', () => {
    const accented = 'Mi teléfono se perdió en el aeropuerto de Málaga.';
    expect(holds(accented, accented.toUpperCase())).toBe(true);
  });
});

describe('a marked check counts as passed', () => {
  it('turns a failing judgement check into a pass the writer can see is theirs', () => {
    const before = reportOf(REASON);
    const failing = before.checks.find((c) => c.id === 'reason.remaining_access');
    expect(failing?.status).toBe('fail');
    const after = applyMarks(before, [markFor('reason.remaining_access', REASON)], MARKED);
    const marked = after.checks.find((c) => c.id === 'reason.remaining_access');
    expect(marked).toMatchObject({ status: 'pass', message: MARKED });
    expect(marked?.marked).toEqual({ status: 'fail', message: failing?.message, said: failing?.said });
    expect(after.score.passed).toBe(before.score.passed + 1);
  });

  it('makes the request ready once every failing check is marked, and not before', () => {
    const vague = 'I cannot get into my account any more and I need it back for my packages.';
    const before = reportOf(vague);
    const failing = before.checks.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failing.length).toBeGreaterThan(1);
    // Every failing check of this request is a judgement check; marking all but one is not enough.
    const markable = failing.filter(isMarkable);
    expect(markable).toEqual(failing);
    const marks = markable.map((id) => markFor(id, vague));
    expect(applyMarks(before, marks.slice(1), MARKED).ready).toBe(false);
    expect(applyMarks(before, marks, MARKED).ready).toBe(true);
  });

  it('leaves the report as the engine made it once the marked text is gone', () => {
    const mark = markFor('reason.remaining_access', REASON);
    const shorter = REASON.split('\n').slice(0, 2).join('\n');
    const report = reportOf(shorter);
    expect(applyMarks(report, [mark], MARKED)).toEqual(report);
  });

  it('leaves checks that pass on their own alone, and keeps the marks out of the public report', () => {
    const report = reportOf(REASON);
    const passing = report.checks.find((c) => c.id === 'reason.lost_factor');
    expect(passing?.status).toBe('pass');
    const after = applyMarks(report, [markFor('reason.lost_factor', REASON)], MARKED);
    expect(after.checks.find((c) => c.id === 'reason.lost_factor')).toEqual(passing);
    const marked = applyMarks(report, [markFor('reason.attempts', REASON)], MARKED);
    expect(JSON.stringify(toContract(marked))).not.toContain('"marked"');
  });

  it('is only offered for judgement checks: boxes, username, privacy and scope are facts', () => {
    expect([...MARKABLE].sort()).toEqual([
      'reason.attempts',
      'reason.circumstances',
      'reason.lost_factor',
      'reason.ownership_proof',
      'reason.remaining_access',
    ]);
  });
});

describe('marking and undoing', () => {
  it('keeps one mark per check, anchored on the newest reason, and undo removes only that one', () => {
    let marks = toggleMark([], 'reason.attempts', true, 'first text of the reason here');
    marks = toggleMark(marks, 'reason.circumstances', true, 'first text of the reason here');
    marks = toggleMark(marks, 'reason.attempts', true, 'second text of the reason here');
    expect(marks.map((m) => [m.id, m.anchor])).toEqual([
      ['reason.circumstances', 'first text of the reason here'],
      ['reason.attempts', 'second text of the reason here'],
    ]);
    expect(toggleMark(marks, 'reason.attempts', false, '').map((m) => m.id)).toEqual(['reason.circumstances']);
  });

  it('anchors at most a bounded prefix of a huge reason', () => {
    const huge = 'I lost the phone that held my codes. '.repeat(5000);
    expect(markFor('reason.circumstances', huge).anchor.length).toBeLessThanOrEqual(8192);
    expect(holds(markFor('reason.circumstances', huge).anchor, huge)).toBe(true);
  });
});
