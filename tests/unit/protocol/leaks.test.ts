import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { requestFromSnapshot } from '../../../lib/background/tab-state';
import { leaksFor } from '../../../lib/background/leak-scan';
import { fingerprint } from '../../../lib/protocol/fingerprint';
import { parseLeaksMessage } from '../../../lib/protocol/guards/leaks';
import { LeaksMessageSchema, type Snapshot } from '../../../lib/protocol/messages';
import { snapshotOf } from '../builders';

const snap = (username: string, reason: string): Snapshot => snapshotOf(username, reason);
const check = (s: Snapshot) => leaksFor(s, buildReport(requestFromSnapshot(s)));

describe('what the background tells the page', () => {
  it('names a recovery code in the reason, with the span and the text it was found in', () => {
    const reason = 'I lost my phone. My recovery code is 4e1b9a07c3d2f865, if that helps.';
    const m = check(snap('octo', reason));
    expect(m.names).toBe('a recovery code');
    expect(m.leaks).toHaveLength(1);
    const leak = m.leaks[0]!;
    expect(leak.field).toBe('reason');
    expect(leak.text).toBe(reason);
    expect(leak.spans.map((s) => reason.slice(s.start, s.end))).toEqual(['4e1b9a07c3d2f865']);
    expect(LeaksMessageSchema.safeParse(m).success).toBe(true);
    expect(parseLeaksMessage(m)).toEqual(m);
  });

  it('covers both fields when each holds a secret', () => {
    const m = check(snap('octo password: Tr0ub4dor&3', 'my recovery code is 4e1b9a07c3d2f865'));
    expect(m.leaks.map((l) => l.field).sort()).toEqual(['reason', 'username']);
    expect(m.names).toContain('a recovery code');
    expect(m.names).toContain('a password');
  });

  it('has nothing to say about an email address alone, a commit hash or a version', () => {
    for (const reason of [
      'Write to me at me@example.org.',
      'Fixed in commit 4e1b9a07c3d2f8650a1b2c3d4e5f6a7b8c9d0e1f.',
      'I released 1.2.3 on 2026-05-01.',
    ]) {
      expect(check(snap('octo', reason)).leaks).toEqual([]);
    }
  });

  it('fingerprints the text the report was made from', () => {
    const m = check(snap('octo', 'clean text'));
    expect(m.checked).toBe(fingerprint('octo', 'clean text'));
  });
});

describe('fingerprint', () => {
  it('tells any change apart, including text moved between the fields', () => {
    expect(fingerprint('ab', 'c')).not.toBe(fingerprint('a', 'bc'));
    expect(fingerprint('a', 'b')).not.toBe(fingerprint('a', 'B'));
    fc.assert(fc.property(fc.string(), fc.string(), (u, r) => fingerprint(u, r) === fingerprint(`${u}`, `${r}`)));
  });

  it('counts only the first million characters, as the snapshot does', () => {
    const big = 'x'.repeat(1_000_000);
    expect(fingerprint('', `${big}tail`)).toBe(fingerprint('', big));
  });
});

/** Messages near the schema's edges. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const span = fc.record({ start: fc.oneof(fc.nat(50), anyValue), end: fc.oneof(fc.nat(50), anyValue) });
const leak = fc.record(
  {
    field: fc.oneof(fc.constantFrom('username', 'reason', 'title'), anyValue),
    text: fc.oneof(fc.string(), anyValue),
    spans: fc.oneof(fc.array(span, { maxLength: 3 }), anyValue),
    kinds: fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 45 }), anyValue), { maxLength: 3 }), anyValue),
    extra: anyValue,
  },
  { requiredKeys: ['field', 'text', 'spans', 'kinds'] },
);
const message = fc.oneof(
  fc.record({
    type: fc.constantFrom('leaks', 'write'),
    checked: fc.oneof(fc.string({ maxLength: 110 }), anyValue),
    names: fc.oneof(fc.string(), anyValue),
    leaks: fc.oneof(fc.array(leak, { maxLength: 3 }), anyValue),
  }),
  anyValue,
);

describe("the page's hand-written check of the message", () => {
  it('accepts exactly what the zod schema accepts, with the same result', () => {
    fc.assert(
      fc.property(message, (m) => {
        const zod = LeaksMessageSchema.safeParse(m);
        expect(parseLeaksMessage(m)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 3000 },
    );
  });
});
