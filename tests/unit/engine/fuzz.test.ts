import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { composeBody, parseBody } from '../../../lib/engine/form/body';
import { NO_RESPONSE } from '../../../lib/engine/form/definition';
import { ReportSchema, RequestSchema, type Request } from '../../../lib/engine/form/schema';
import { buildReport } from '../../../lib/engine/report';
import { findEmails } from '../../../lib/engine/text/emails';
import { redact } from '../../../lib/engine/redact';
import { findSecrets } from '../../../lib/engine/text/secrets';
import { FUZZ_SEED, hostileText, oneLine } from './fuzz-support';

/**
 * Hostile and broken issue bodies thrown at the engine: nothing may throw, the same input must give the
 * same output, and nothing the user typed may be lost. The case count is printed; speed is measured by
 * `npm run bench`, not here.
 */

let cases = 0;
function counted<T>(run: () => T): T {
  cases++;
  return run();
}
const opts = (numRuns: number) => ({ numRuns, seed: FUZZ_SEED });

afterAll(() => {
  console.log(`fuzz-engine: ${cases} generated cases (seed ${FUZZ_SEED})`);
});

const CRLF = /\r\n?/g;

describe('parseBody on hostile bodies', () => {
  it('never throws, gives the same answer twice, and returns a valid request made of the input text', () => {
    fc.assert(
      fc.property(hostileText(60), (body) => {
        const first = counted(() => parseBody(body));
        expect(parseBody(body)).toEqual(first);
        expect(() => RequestSchema.parse(first.request)).not.toThrow();
        // No text invented: every field value is a piece of the (line-end normalised) body.
        const text = body.replace(CRLF, '\n');
        expect(text).toContain(first.request.username);
        for (const part of first.request.reason.split('\n\n')) expect(text).toContain(part);
        if (first.format === 'free')
          expect(first.request.reason).toBe(
            text.replace(/^\uFEFF/, '').trim() === NO_RESPONSE ? '' : text.replace(/^\uFEFF/, '').trim(),
          );
      }),
      opts(4000),
    );
  }, 30_000);
});

const HEADING_LINE = /^ {0,3}(?:#|=+[ \t]*$|-+[ \t]*$)/m;
const FIELDS = ['username', 'reason', 'recoveryCodes', 'codeOfConduct', 'acknowledgement'] as const;

const request = fc.record({
  username: oneLine,
  reason: hostileText(30)
    .map((s) => s.replace(CRLF, '\n').trim())
    .filter((s) => s !== NO_RESPONSE),
  recoveryCodes: fc.boolean(),
  codeOfConduct: fc.boolean(),
  acknowledgement: fc.boolean(),
});

describe('composeBody → parseBody', () => {
  it('gives back what went in, for the current form', () => {
    fc.assert(
      fc.property(request, (req) => {
        const body = composeBody({ ...req, missing: [] });
        const parsed = counted(() => parseBody(body));
        expect(parsed.format).toBe('form');
        expect(parsed.request).toEqual({ ...req, missing: [] });
        // GitHub may hand the body back with CRLF line ends; that must not change a thing.
        expect(parseBody(body.replace(/\n/g, '\r\n')).request).toEqual(parsed.request);
      }),
      opts(3000),
    );
  }, 30_000);

  it('keeps a rule line the user typed at the end of the reason (found by this suite)', () => {
    const req = {
      username: 'someone',
      reason: 'Thanks for your help\n---',
      recoveryCodes: true,
      codeOfConduct: true,
      acknowledgement: true,
    };
    expect(parseBody(composeBody(req)).request.reason).toBe('Thanks for your help\n---');
  });

  it('gives back what went in when sections are missing, as on older forms', () => {
    const missing = fc.subarray([...FIELDS], { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(request, missing, (req, gone) => {
        // With a section absent, a heading line typed in the reason cannot be told from the real section
        // (body.ts takes the last such heading), so this guarantee is for reasons without heading lines.
        fc.pre(!HEADING_LINE.test(req.reason));
        const body = composeBody({ ...req, missing: gone });
        const parsed = counted(() => parseBody(body));
        const want: Request = { ...req, missing: FIELDS.filter((f) => gone.includes(f)) };
        for (const f of gone) {
          if (f === 'username' || f === 'reason') want[f] = '';
          else want[f] = false;
        }
        expect(parsed.request).toEqual(want);
      }),
      opts(1000),
    );
  }, 30_000);
});

describe('buildReport on hostile requests', () => {
  const anyRequest = fc.oneof(
    hostileText(60).map((body) => parseBody(body).request),
    fc.record({
      username: hostileText(6),
      reason: hostileText(60),
      recoveryCodes: fc.boolean(),
      codeOfConduct: fc.boolean(),
      acknowledgement: fc.boolean(),
    }),
  );

  it('never throws, is deterministic, keeps the text, and gives a valid report', () => {
    fc.assert(
      fc.property(anyRequest, (req) => {
        const report = counted(() => buildReport(req));
        expect(JSON.stringify(buildReport(req))).toBe(JSON.stringify(report));
        expect(() => ReportSchema.parse(report)).not.toThrow();
        expect(report.fields.reason).toBe(req.reason);
        expect(report.fields.username).toBe(req.username);
        expect(report.ready).toBe(report.checks.every((c) => c.status !== 'fail'));
      }),
      opts(2000),
    );
  }, 30_000);
});

describe('the leak guard on hostile text', () => {
  it('returns sorted spans inside the text, the same each time, and redaction removes every one', () => {
    fc.assert(
      fc.property(hostileText(40), (text) => {
        const secrets = counted(() => findSecrets(text));
        const emails = findEmails(text);
        expect(findSecrets(text)).toEqual(secrets);
        for (const s of [...secrets, ...emails]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.end).toBeGreaterThan(s.start);
        }
        for (let i = 1; i < secrets.length; i++)
          expect(secrets[i]!.start).toBeGreaterThanOrEqual(secrets[i - 1]!.start);
        expect(findEmails(redact(text, emails))).toEqual([]);
      }),
      opts(1500),
    );
  }, 30_000);
});
