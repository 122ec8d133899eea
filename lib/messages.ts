import { z } from 'zod';
import { ReportSchema } from './form/schema';

/**
 * Every message between the content script, the background and the panel, as zod schemas. Each side
 * parses what it receives with these (safeParse) and drops anything else: the page is not trusted.
 */

export const VariantSchema = z.enum(['react', 'legacy', 'dialog']);
export type Variant = z.infer<typeof VariantSchema>;

const MAX_FIELD = 1_000_000;

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

/** content → background */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('snapshot'), snapshot: SnapshotSchema }),
  /** On a recovery-form page, but the form could not be recognised (GitHub changed its markup). */
  z.object({ type: z.literal('unrecognised'), url: z.string().max(4096) }),
  /** Left the form (soft navigation away, dialog closed). */
  z.object({ type: z.literal('gone') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** A write the user asked for in the panel, carried out by the content script. */
export const WriteSchema = z.discriminatedUnion('kind', [
  /** Insert text into the reason at the caret (or the end when the reason has no focus). */
  z.object({ kind: z.literal('insert'), text: z.string().max(MAX_FIELD), at: z.enum(['caret', 'end']).default('caret') }),
  /** Replace the whole username field. */
  z.object({ kind: z.literal('username'), value: z.string().max(1000) }),
  /** Tick a checkbox. */
  z.object({ kind: z.literal('tick'), box: z.enum(['recoveryCodes', 'codeOfConduct', 'acknowledgement']) }),
  /** Replace spans of a field with `[removed]`; `expected` guards against the text having changed since. */
  z.object({
    kind: z.literal('redact'),
    field: z.enum(['username', 'reason']),
    spans: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).max(1000),
    expected: z.string().max(MAX_FIELD),
  }),
  /** Put a whole saved reason back (restore after a reload). */
  z.object({ kind: z.literal('restore'), username: z.string().max(1000), reason: z.string().max(MAX_FIELD) }),
  /** Undo the last write this extension made. */
  z.object({ kind: z.literal('undo') }),
]);
export type Write = z.infer<typeof WriteSchema>;

/** panel → content (through tabs.sendMessage) */
export const PanelToContentSchema = z.object({ type: z.literal('write'), write: WriteSchema });
export type PanelToContent = z.infer<typeof PanelToContentSchema>;

export const WriteResultSchema = z.object({
  ok: z.boolean(),
  /** A sentence for the panel when it did not work ("The reason box is not on the page any more."). */
  error: z.string().optional(),
  /** Whether there is an extension write left to undo. */
  canUndo: z.boolean().default(false),
});
export type WriteResult = z.infer<typeof WriteResultSchema>;

/** What the background keeps per tab in storage.session (`tab:<id>`), and the panel reads. */
export const TabStateSchema = z.object({
  status: z.enum(['form', 'unrecognised']),
  snapshot: SnapshotSchema.nullable(),
  report: ReportSchema.nullable(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

export const tabKey = (tabId: number) => `tab:${tabId}`;
