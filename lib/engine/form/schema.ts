import { z } from 'zod';

/**
 * One request, as the engine judges it. The same shape comes from the CLI (parsed body), from the page
 * (content-script snapshot) and from storage, and is parsed with this schema at each of those borders.
 */
export const RequestSchema = z.object({
  /** The username field exactly as typed ('' when empty or `_No response_`). */
  username: z.string(),
  /** The reason field exactly as typed ('' when empty). */
  reason: z.string(),
  recoveryCodes: z.boolean(),
  codeOfConduct: z.boolean(),
  acknowledgement: z.boolean(),
  /** Form sections the body or page does not have at all (old forms lack "Recovery Codes"). */
  missing: z.array(z.enum(['username', 'reason', 'recoveryCodes', 'codeOfConduct', 'acknowledgement'])).default([]),
});
export type Request = z.infer<typeof RequestSchema>;
export type RequestInput = z.input<typeof RequestSchema>;

export const StatusSchema = z.enum(['pass', 'warn', 'fail']);
export type Status = z.infer<typeof StatusSchema>;

export const CHECK_IDS = [
  'username.present',
  'username.format',
  'reason.present',
  'reason.lost_factor',
  'reason.circumstances',
  'reason.attempts',
  'reason.remaining_access',
  'reason.ownership_proof',
  'scope.recovery',
  'scope.duplicate',
  'language.english',
  'recovery_codes.checked',
  'recovery_codes.consistent',
  'coc.checked',
  'ack.checked',
  'privacy.secrets',
  'privacy.email',
] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** What the panel can do about a check, beyond showing it. Kept out of the CLI's JSON (see lib/report.ts). */
export const FixSchema = z.discriminatedUnion('kind', [
  /** Insert wording into the reason at the caret or the end; `[blanks]` are for the user to fill. */
  z.object({ kind: z.literal('insert'), text: z.string() }),
  /** Replace the username field with a corrected value. */
  z.object({ kind: z.literal('username'), value: z.string() }),
  /** Tick one of the form's checkboxes. */
  z.object({ kind: z.literal('tick'), box: z.enum(['recoveryCodes', 'codeOfConduct', 'acknowledgement']) }),
  /** Replace each span of a field with `[removed]`. */
  z.object({ kind: z.literal('redact'), field: z.enum(['username', 'reason']), spans: z.array(SpanSchema) }),
]);
export type Fix = z.infer<typeof FixSchema>;

/** What the engine said, by message key (lib/engine/words.ts), for the panel to show in the reader's language. */
type SaidShape = { key: string; args?: readonly WordShape[] | undefined };
type WordShape = string | SaidShape | { list: readonly WordShape[] } | { count: number; plural: string };
const WordSchema: z.ZodType<WordShape> = z.lazy(() =>
  z.union([
    z.string(),
    SaidSchema,
    z.object({ list: z.array(WordSchema).max(50) }),
    z.object({ count: z.number().int().nonnegative(), plural: z.string().max(100) }),
  ]),
);
export const SaidSchema: z.ZodType<SaidShape> = z.object({
  key: z.string().max(100),
  args: z.array(WordSchema).max(20).optional(),
});

export const CheckSchema = z.object({
  id: CheckIdSchema,
  status: StatusSchema,
  message: z.string(),
  suggestion: z.string().optional(),
  fix: FixSchema.optional(),
  /**
   * Set when the writer marked this check "I've covered this" (lib/engine/marks.ts): the check then passes,
   * and this keeps what the engine itself said, for the panel to show beside the undo. Panel-only, like `fix`.
   */
  marked: z.object({ status: StatusSchema, message: z.string(), said: SaidSchema.optional() }).optional(),
  /** `message` and `suggestion` by message key, for the panel's language. Panel-only, like `fix`. */
  said: SaidSchema.optional(),
  suggestionSaid: SaidSchema.optional(),
});
export type Check = z.infer<typeof CheckSchema>;

export const FieldsSchema = z.object({
  username: z.string(),
  reason: z.string(),
  recoveryCodes: z.boolean(),
  codeOfConduct: z.boolean(),
  acknowledgement: z.boolean(),
});

export const ReportSchema = z.object({
  ready: z.boolean(),
  score: z.object({ passed: z.number().int(), total: z.number().int() }),
  checks: z.array(CheckSchema),
  fields: FieldsSchema,
});
export type Report = z.infer<typeof ReportSchema>;
