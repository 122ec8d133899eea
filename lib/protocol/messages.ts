import { z } from 'zod';
import { MARKABLE } from '../engine/markable';
import { MAX_FIELD } from './limits';
import { WRITE_ERROR_CODES } from './write-error';

/**
 * Every message between the content script, the background and the panel, and what each one is answered
 * with, as zod schemas. Each side parses what it receives (safeParse) and drops anything else: the page
 * is not trusted, and neither is a reply. The content script checks the messages it receives with the
 * zod-free twins in ./guards and imports only the types (./types).
 */

export const VariantSchema = z.enum(['react', 'legacy', 'dialog']);
export type Variant = z.infer<typeof VariantSchema>;

/** What the content script read from the page. `null` = that control is not on the page. */
export const SnapshotSchema = z.object({
  url: z.string().max(4096),
  variant: VariantSchema,
  username: z.string().max(MAX_FIELD).nullable(),
  reason: z.string().max(MAX_FIELD).nullable(),
  recoveryCodes: z.boolean().nullable(),
  codeOfConduct: z.boolean().nullable(),
  acknowledgement: z.boolean().nullable(),
  /** The signed-in GitHub login, when the page shows it (used by the ownership check). */
  githubLogin: z.string().max(100).nullable().default(null),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** content → background (runtime.sendMessage); answered with nothing. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: SnapshotSchema }),
  /** On a recovery-form page, but the form could not be recognised (GitHub changed its markup). */
  z.object({ type: z.literal('unrecognised'), url: z.string().max(4096) }),
  /** Left the form (soft navigation away, dialog closed). */
  z.object({ type: z.literal('gone') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

const SpansSchema = z
  .array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }))
  .max(1000);

/** A write the user asked for in the panel, carried out by the content script. */
export const WriteSchema = z.discriminatedUnion('kind', [
  /** Insert text into the reason at the caret (or the end when the reason has no focus). */
  z.object({
    kind: z.literal('insert'),
    text: z.string().max(MAX_FIELD),
    at: z.enum(['caret', 'end']).default('caret'),
  }),
  /** Replace the whole username field. */
  z.object({ kind: z.literal('username'), value: z.string().max(1000) }),
  /** Tick a checkbox. */
  z.object({ kind: z.literal('tick'), box: z.enum(['recoveryCodes', 'codeOfConduct', 'acknowledgement']) }),
  /** Replace spans of a field with `[removed]`; `expected` guards against the text having changed since. */
  z.object({
    kind: z.literal('redact'),
    field: z.enum(['username', 'reason']),
    spans: SpansSchema,
    expected: z.string().max(MAX_FIELD),
  }),
  /** Put a whole saved reason back (restore after a reload). */
  z.object({ kind: z.literal('restore'), username: z.string().max(1000), reason: z.string().max(MAX_FIELD) }),
  /** Undo the last write this extension made. */
  z.object({ kind: z.literal('undo') }),
]);
export type Write = z.infer<typeof WriteSchema>;

/** panel → content (tabs.sendMessage); answered with a WriteResult. */
export const PanelToContentSchema = z.object({ type: z.literal('write'), write: WriteSchema });
export type PanelToContent = z.infer<typeof PanelToContentSchema>;

export const WriteErrorCodeSchema = z.enum(WRITE_ERROR_CODES);

export const WriteResultSchema = z.object({
  ok: z.boolean(),
  /** A sentence for the panel when it did not work ("The reason box is not on the page any more."). */
  error: z.string().optional(),
  /** The same failure as a code; one this panel does not know (a newer page script) is dropped, not fatal. */
  code: WriteErrorCodeSchema.optional().catch(undefined),
  /** Whether there is an extension write left to undo. */
  canUndo: z.boolean().default(false),
});
export type WriteResult = z.infer<typeof WriteResultSchema>;

/**
 * background → content, after each report: the secrets found in the text that was checked, so the page
 * can stop a submission that would publish one (lib/page/leak-guard). `checked` fingerprints the username
 * and reason the report was made from (./fingerprint.ts), so the page knows whether it is current.
 */
export const LeakSchema = z.object({
  field: z.enum(['username', 'reason']),
  /** The field's text the spans refer to; the redaction is refused if the field no longer holds it. */
  text: z.string().max(MAX_FIELD),
  spans: SpansSchema,
  /** Secret kinds found in this field (lib/engine/text/secret-scan.ts SecretKind ids). */
  kinds: z.array(z.string().max(40)).max(20),
});
export type Leak = z.infer<typeof LeakSchema>;

/** background → content (tabs.sendMessage); answered with nothing. */
export const LeaksMessageSchema = z.object({
  type: z.literal('leaks'),
  checked: z.string().max(100),
  /** What was found, as the prompt names it: "a recovery code and a password". Empty when nothing. */
  names: z.string().max(500),
  leaks: z.array(LeakSchema).max(2),
});
export type LeaksMessage = z.infer<typeof LeaksMessageSchema>;

/**
 * background → content: is a live content script there (after an update), and what has it found? Any answer,
 * even none, says a script is alive; the answer is a PingReply.
 */
export const PING = { type: 'lifecycle:ping' } as const;

/**
 * panel → background: the opt-in pypi.org look-up for a tab (ownership pre-check). Sent only from a
 * click in the panel; `refresh` skips the session cache ("Check again" after fixing project links).
 */
export const OwnershipRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ownership-start'),
    tabId: z.number().int().nonnegative(),
    refresh: z.boolean().default(false),
  }),
  z.object({ type: z.literal('ownership-cancel'), tabId: z.number().int().nonnegative() }),
]);
export type OwnershipRequest = z.infer<typeof OwnershipRequestSchema>;

/**
 * panel → background: the writer marks a judgement check "I've covered this" (`covered: true`) or takes the
 * mark back. The background anchors the mark on the reason it last saw (lib/engine/marks.ts).
 */
export const MarkRequestSchema = z.object({
  type: z.literal('mark'),
  tabId: z.number().int().nonnegative(),
  id: z.enum(MARKABLE),
  covered: z.boolean(),
});
export type MarkRequest = z.infer<typeof MarkRequestSchema>;
