import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PanelToContentSchema } from '../../../lib/protocol/messages';
import { parsePanelToContent } from '../../../lib/protocol/guards/write';

/** Messages near the schema's edges: right and wrong kinds, types, bounds, extra keys. */
const anyValue = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -3, max: 3 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const span = fc.record({ start: fc.oneof(fc.nat(50), anyValue), end: fc.oneof(fc.nat(50), anyValue) });
const write = fc.oneof(
  fc.record(
    {
      kind: fc.constant('insert'),
      text: fc.oneof(fc.string(), anyValue),
      at: fc.oneof(fc.constantFrom('caret', 'end', 'middle'), fc.constant(undefined)),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record({
    kind: fc.constant('username'),
    value: fc.oneof(fc.string(), fc.string({ minLength: 1001, maxLength: 1002 }), anyValue),
  }),
  fc.record({
    kind: fc.constant('tick'),
    box: fc.oneof(
      fc.constantFrom('recoveryCodes', 'codeOfConduct', 'acknowledgement', 'toString', '__proto__'),
      anyValue,
    ),
  }),
  fc.record({
    kind: fc.constant('redact'),
    field: fc.constantFrom('username', 'reason', 'title'),
    spans: fc.oneof(fc.array(span, { maxLength: 3 }), anyValue),
    expected: fc.oneof(fc.string(), anyValue),
  }),
  fc.record({
    kind: fc.constant('restore'),
    username: fc.oneof(fc.string(), anyValue),
    reason: fc.oneof(fc.string(), anyValue),
    extra: anyValue,
  }),
  fc.record({ kind: fc.constantFrom('undo', 'delete', 'Insert') }),
  anyValue,
);
const message = fc.oneof(fc.record({ type: fc.constantFrom('write', 'read'), write }), anyValue, fc.array(anyValue));

describe("the content script's hand-written message check", () => {
  it('accepts exactly what the zod schema accepts, with the same result', () => {
    fc.assert(
      fc.property(message, (m) => {
        const zod = PanelToContentSchema.safeParse(m);
        expect(parsePanelToContent(m)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });

  it('fills the insert position the way the schema does', () => {
    expect(parsePanelToContent({ type: 'write', write: { kind: 'insert', text: 'x' } })).toEqual({
      type: 'write',
      write: { kind: 'insert', text: 'x', at: 'caret' },
    });
  });

  it('refuses a reason over a million characters', () => {
    expect(parsePanelToContent({ type: 'write', write: { kind: 'insert', text: 'x'.repeat(1_000_001) } })).toBeNull();
  });
});
