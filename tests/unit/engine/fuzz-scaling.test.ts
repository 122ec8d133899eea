import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../lib/engine/form/body';
import { ReportSchema } from '../../../lib/engine/form/schema';
import { buildReport } from '../../../lib/engine/report';
import { HUGE_SHAPES, bodyWithReason, repeatTo, requestWithReason } from '../../../scripts/bench/shapes';
import { FUZZ_SEED, hostileText } from './fuzz-support';

/**
 * A 1 MB reason (a paste gone wrong, a log file) must be read and judged without a crash and without
 * losing a character. How long it takes is measured by `npm run bench` (scripts/bench/scaling.ts), not
 * here: a wall-clock bound fails at random on a busy machine. A quadratic or backtracking step on a
 * megabyte would still never finish within vitest's timeout, so these tests also guard against that.
 */

const CRLF = /\r\n?/g;
const statusOf = (report: ReturnType<typeof buildReport>, id: string) => report.checks.find((c) => c.id === id)?.status;

describe('the engine on 1 MB reasons', () => {
  it.each(Object.entries(HUGE_SHAPES))(
    '%s: parsed whole and judged, keeping every character',
    (_shape, unit) => {
      const reason = repeatTo(unit, 1_000_000);
      const parsed = parseBody(bodyWithReason(reason));
      expect(parsed.format).toBe('form');
      expect(parsed.request.username).toBe('`someone`');
      expect(parsed.request.reason).toBe(reason.replace(CRLF, '\n').trim());

      const report = buildReport(requestWithReason(reason));
      expect(report.fields.reason).toBe(reason);
      expect(() => ReportSchema.parse(report)).not.toThrow();
      expect(report.ready).toBe(report.checks.every((c) => c.status !== 'fail'));
      // The same answer twice (on a tenth of the size: determinism does not depend on length).
      const tenth = requestWithReason(repeatTo(unit, 100_000));
      expect(JSON.stringify(buildReport(tenth))).toBe(JSON.stringify(buildReport(tenth)));
    },
    30_000,
  );

  it('still finds what matters in a megabyte: the lost factor in prose, secrets in secret-like text, no reason in blank lines', () => {
    const judge = (shape: string) => buildReport(requestWithReason(repeatTo(HUGE_SHAPES[shape]!, 1_000_000)));
    expect(statusOf(judge('prose'), 'reason.lost_factor')).toBe('pass');
    expect(statusOf(judge('secret-like'), 'privacy.secrets')).toBe('fail');
    expect(statusOf(judge('CRLF blank lines'), 'reason.present')).toBe('fail');
  }, 30_000);

  it('never throws on a 1 MB reason made of random hostile pieces, and keeps all of it', () => {
    let runs = 0;
    fc.assert(
      fc.property(
        hostileText(40).filter((s) => s.length > 0),
        (piece) => {
          runs++;
          const reason = piece.repeat(Math.ceil(1_000_000 / piece.length));
          const report = buildReport(requestWithReason(reason));
          expect(report.fields.reason).toBe(reason);
          expect(() => ReportSchema.parse(report)).not.toThrow();
        },
      ),
      { numRuns: 4, seed: FUZZ_SEED },
    );
    console.log(`fuzz-scaling: ${runs} random 1 MB reasons`);
  }, 60_000);
});
