/**
 * Which checks the judge decides, how each check's labels read as "flagged", and how each is trained.
 * Shared by the training script and the cross-validation, so both judge the same thing.
 */
import type { Example } from './data';
import { DEFAULTS, evidence, train, type TrainOptions, type Trained } from './mil';

export interface CheckSpec {
  id: string;
  /** Whether a label (or a status) counts as flagged for this check. */
  flagged: (status: string) => boolean;
  /** The status the check gives when the judge flags it. */
  flagStatus: 'warn' | 'fail';
  /** What a clause is evidence of: the check passing (it says the thing), or the check flagging (another ask). */
  evidenceFor: 'pass' | 'flag';
  threshold: number;
  options?: Partial<TrainOptions>;
  /** The check's own hand-written cue family: the only cue feature it learns from (cheap to read, see model.ts). */
  cue: string;
  /**
   * The features the check may learn from, when not all: a check whose evidence is one kind of statement must
   * not learn that other statements come with it in the labelled sets (most writers who say what they tried
   * also say they know their password, and the password is no attempt).
   */
  learnsFrom?: RegExp;
}

const notPass = (s: string) => s !== 'pass';

export const MODELED: readonly CheckSpec[] = [
  {
    id: 'reason.circumstances',
    flagged: notPass,
    flagStatus: 'fail',
    evidenceFor: 'pass',
    // Leave-one-set-out over the 88-request sets: 0.5 gave green recall 0.976 / false green 0.038, 0.45 with
    // access at 0.45 gives 0.972 / 0.029 (a vague request turning green breaks the badge's promise).
    // With sets 68-75 (5084 requests) the judge flags more: 0.49 left dev's precision at 0.944, under its
    // floor; 0.51 gave dev 0.957 / 0.944. With sets up to 94 (6484 requests) 0.51 leaves dev at 0.944 again;
    // 0.53 gives dev 0.957 / 0.944 and leave-one-set-out 0.958 / 0.918, against 0.955 / 0.928 at 0.51.
    // Not swept again at 8164 or 8444 requests (sets up to 117, then 126 and 127): dev stays 0.957 / 0.944 at 0.53.
    // Swept on the 49 tuned sets the judge does not learn from (132-245): 0.51 lets 44 of 2695 requests with a gap
    // turn green against 49 at 0.53, at 4 false flags of circumstances against 2; dev stays 0.957 / 0.930, and
    // anything lower takes dev's precision under its floor.
    // Learning from sets 250, 252 and 254 as well (8864 requests), 0.51 leaves dev at 0.943 / 0.930 (one request
    // 0.001 over the line); 0.52 gives 0.957 / 0.930, for 3 more of 2860 gap requests of sets 132-249 turning green
    // (0.956 / 0.915 once "gone missing" reads as the loss restated).
    threshold: 0.52,
    cue: 'cue:circumstances',
  },
  {
    id: 'reason.attempts',
    flagged: notPass,
    flagStatus: 'warn',
    evidenceFor: 'pass',
    // Leave-one-set-out with 1332 requests: 0.6 gave 0.947 / 0.780, 0.55 gave 0.929 / 0.829 (precision / recall).
    // Sets 48-49 were the first with attempts gaps from blind writers: on them the judge had recall 0.05, having
    // learned that a clause about the password or the address comes with attempts. With `learnsFrom` and the
    // lexicon's attempt verbs, leave-one-set-out over all 2844 requests went 0.886 / 0.827 → 0.920 / 0.879.
    threshold: 0.5,
    cue: 'cue:attempts',
    // Only what tells a deed: the attempt words in any pairing or label, its cues, an event in a clause of
    // attempts, and support (writing to the admins is an attempt).
    learnsFrom: /attempt|support|^t:event$/,
  },
  {
    id: 'reason.remaining_access',
    flagged: notPass,
    flagStatus: 'fail',
    evidenceFor: 'pass',
    // 0.5 → 0.45 took 3 false greens of 420 off the 88-request sets for 1 green of 461 (leave-one-set-out).
    threshold: 0.45,
    cue: 'cue:access',
  },
  {
    id: 'reason.ownership_proof',
    flagged: notPass,
    flagStatus: 'warn',
    evidenceFor: 'pass',
    threshold: 0.5,
    cue: 'cue:proof',
  },
];

/** Features seen in at least this many training requests are kept; rarer ones are noise at this size. */
export const MIN_DOCS = 3;

export function vocabularyOf(examples: readonly Example[]): string[] {
  const df = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.clauses.flat())) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df]
    .filter(([, n]) => n >= MIN_DOCS)
    .map(([f]) => f)
    .sort();
}

/** A check sees its own cue family only: other families' features are taken out of its examples. */
function ownCues(spec: CheckSpec, e: Example): Example {
  const keep = (f: string) =>
    (!f.startsWith('cue:') || f === spec.cue) && (spec.learnsFrom === undefined || spec.learnsFrom.test(f));
  return { ...e, clauses: e.clauses.map((c) => c.filter(keep)) };
}

export function trainCheck(spec: CheckSpec, examples: readonly Example[]): Trained {
  const labelled = examples.filter((e) => e.expect[spec.id] !== undefined).map((e) => ownCues(spec, e));
  return train(
    labelled.map((e) => ({ clauses: e.clauses, label: isEvidence(spec, e.expect[spec.id]!) ? 1 : 0 })),
    vocabularyOf(labelled),
    { ...DEFAULTS, ...spec.options },
  );
}

/** Whether a request with this label holds the check's evidence. */
export function isEvidence(spec: CheckSpec, label: string): boolean {
  return spec.evidenceFor === 'pass' ? !spec.flagged(label) : spec.flagged(label);
}

/** The probability that the check flags the request. */
export function flagProbability(spec: CheckSpec, model: Trained, clauses: ReadonlyArray<readonly string[]>): number {
  const p = evidence(model, clauses, { ...DEFAULTS, ...spec.options }.pooling);
  return spec.evidenceFor === 'pass' ? 1 - p : p;
}
