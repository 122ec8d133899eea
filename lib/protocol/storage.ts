import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { ReportSchema } from '../engine/form/schema';
import { ANCHOR_CHARS, MARKABLE, type Mark } from '../engine/markable';
import { readAnswers, type Answers } from '../engine/templates/composer';
import { LookupProgressSchema, OwnershipOutcomeSchema } from '../ownership/schema';
import { MAX_FIELD } from './limits';
import { SnapshotSchema } from './messages';

/**
 * Everything the extension keeps, in one place: the shape of each value (parsed on every read: storage is
 * a border too) and its key. All of it lives in storage.session: in memory, never synced, gone when the
 * browser closes, and kept across restarts of the MV3 service worker, which can stop at any moment.
 */

/** What the background keeps per tab (`tab:<id>`), and the panel reads. */
export const TabStateSchema = z.object({
  status: z.enum(['form', 'unrecognised']),
  snapshot: SnapshotSchema.nullable(),
  report: ReportSchema.nullable(),
  updatedAt: z.number(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** The last non-empty text of a tab's form (`draft:<id>`), kept apart from the live state. */
export const DraftSchema = z.object({
  username: z.string().max(1000),
  reason: z.string().max(MAX_FIELD),
  savedAt: z.number(),
});
export type Draft = z.infer<typeof DraftSchema>;

/** The writer's "I've covered this" marks for a tab (`marks:<id>`, lib/engine/marks.ts); they last as its draft does. */
export const MarksSchema = z
  .array(z.object({ id: z.enum(MARKABLE), anchor: z.string().max(ANCHOR_CHARS) }))
  .max(MARKABLE.length);

const ownershipName = z.string().max(300);

/** A tab's ownership look-up (`ownership:<id>`): the background writes every step, the panel follows. */
export const OwnershipStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('running'),
    runId: z.string().max(100),
    username: ownershipName,
    /** null until the profile is read and the number of projects is known. */
    progress: LookupProgressSchema.nullable(),
    startedAt: z.number(),
  }),
  z.object({
    status: z.literal('done'),
    runId: z.string().max(100),
    username: ownershipName,
    outcome: OwnershipOutcomeSchema,
    finishedAt: z.number(),
  }),
  /** Could not start or finish: no pypi.org permission, no usable username, no form, or the worker was stopped midway. */
  z.object({
    status: z.literal('stopped'),
    why: z.enum(['no-permission', 'no-username', 'no-form', 'interrupted']),
    username: ownershipName.nullable(),
  }),
]);
export type OwnershipState = z.infer<typeof OwnershipStateSchema>;

/** Every key the extension uses, so no two places can spell one differently. */
export const KEYS = {
  tabState: (tabId: number) => `tab:${tabId}`,
  draft: (tabId: number) => `draft:${tabId}`,
  ownership: (tabId: number) => `ownership:${tabId}`,
  composer: (tabId: number) => `composer:${tabId}`,
  marks: (tabId: number) => `marks:${tabId}`,
  /** Finished look-ups for the browser session, so a restarted worker does not ask pypi.org again. */
  ownershipCache: (username: string, login: string | null) =>
    `ownership-cache:${username.toLowerCase()}|${login ?? ''}`,
  /** Set by the first worker of each copy of the extension (see lib/background/reconnect.ts). */
  instance: 'lifecycle:instance',
} as const;

/** `tab:<id>` → id; any other key → null. */
export function tabIdOf(prefix: 'tab' | 'ownership', key: string): number | null {
  const m = new RegExp(`^${prefix}:(\\d{1,10})$`).exec(key);
  const id = m ? Number(m[1]) : Number.NaN;
  return Number.isSafeInteger(id) ? id : null;
}

/** One tab's value of one kind: read (parsed), written, removed and followed the same way everywhere. */
export interface TabItem<T> {
  key: string;
  get(): Promise<T | null>;
  set(value: T): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with every change (null when removed or unreadable); returns the unsubscribe. */
  watch(onChange: (value: T | null) => void): () => void;
}

function perTab<T>(
  keyOf: (tabId: number) => string,
  parse: (value: unknown) => T | null,
): (tabId: number) => TabItem<T> {
  return (tabId) => {
    const key = keyOf(tabId);
    const item = storage.defineItem<unknown>(`session:${key}`);
    return {
      key,
      get: async () => parse(await item.getValue()),
      set: (value) => item.setValue(value),
      remove: () => item.removeValue(),
      watch: (onChange) => item.watch((value) => onChange(parse(value))),
    };
  };
}

const parser =
  <T>(schema: z.ZodType<T>) =>
  (value: unknown): T | null => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : null;
  };

export const tabStateItem = perTab(KEYS.tabState, parser(TabStateSchema));
export const draftItem = perTab(KEYS.draft, parser(DraftSchema));
/** Marks that cannot be read count as none: the engine's own verdict is the safe default. */
export const marksItem = perTab<Mark[]>(KEYS.marks, (value) => parser(MarksSchema)(value) ?? []);
export const ownershipItem = perTab(KEYS.ownership, parser(OwnershipStateSchema));
/** The composer's answers: what is unreadable starts again from empty answers rather than from nothing. */
export const composerItem = perTab<Answers>(KEYS.composer, readAnswers);

/** The whole session area, for the few readers that must look across tabs (the look-up's restart sweep). */
export const sessionSnapshot = (): Promise<Record<string, unknown>> => storage.snapshot('session');
