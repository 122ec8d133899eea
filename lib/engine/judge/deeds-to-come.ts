/**
 * Whose deed a word tells, and whether it is done yet (attempt-context.ts, concepts.ts, word-context.ts): the
 * writer as subject, a wish, a deed still to come or given as a purpose, a means that is lacking.
 */

/** The writer as subject: a nearer "I" or "we" starts another deed of theirs. */
export const WRITERS: ReadonlySet<string> = new Set(['i', 'we']);
/** Words of wanting before what is asked for ("I need a reset", "we would like to publish again"). */
export const WANTING: readonly string[] = ['like', 'want', 'wants', 'need', 'needs'];

/** A deed still to come is no attempt: "I will set up two methods", "I'll check the drawer tomorrow". */
const FUTURE = new Set(['will', "i'll", "we'll", 'shall', 'i’ll', 'we’ll']);
/** Words that may stand between an auxiliary and its participle, or between "will" and its verb. */
export const ADVERBS = new Set([
  'also',
  'already',
  'just',
  'since',
  'recently',
  'completely',
  'totally',
  'never',
  'not',
  'unfortunately',
]);

/**
 * A deed that is not one the writer did: still to come ("I will set up two methods", "I'll look for them", "so
 * I can set it up again"), or
 * thanked for ("thanks for looking into it"), a screen skipped ("I clicked past them"), or what a project is for. Asked of single words
 * and of phrases alike.
 */
export function notTheWritersDeed(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1] ?? '';
  const w = tokens[i]!;
  return (
    FUTURE.has(before) ||
    (FUTURE.has(tokens[i - 2] ?? '') && ADVERBS.has(before)) ||
    (before === 'for' && w.endsWith('ing')) ||
    tokens[i + 1] === 'past' ||
    purposeBefore(tokens, i) ||
    noWayTo(tokens, i) ||
    whatItIsFor(tokens, i)
  );
}

/** "without that mailbox I've no way to get a reset link": a means lacking, not a step taken. */
function noWayTo(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(2, i - 6); k--) {
    if (tokens[k] !== 'to') continue;
    if (tokens[k - 1] === 'way' && tokens[k - 2] === 'no') return true;
    // "no way for me to get mail there again".
    if (tokens[k - 2] === 'for' && tokens[k - 3] === 'way' && tokens[k - 4] === 'no') return true;
  }
  return false;
}

const PURPOSE = new Set(['so', 'that']);
const ABLE = new Set(['can', 'could', 'may', 'might']);

/** "I would like to publish again", "we need to enrol a new key": a wish, not a deed done. */
const WISH = new Set([...WANTING, 'wish', 'hope', 'plan', 'intend', 'ready', 'going']);

/**
 * "please reset it so I can set it up again on the new phone", "I'd like to publish again": the purpose of the
 * request or a wish, a deed still to come. A nearer subject ends the look-back: "so I can show that I tried" is a
 * deed done.
 */
function purposeBefore(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(2, i - 6); k--) {
    if (ABLE.has(tokens[k]!) && WRITERS.has(tokens[k - 1]!) && PURPOSE.has(tokens[k - 2]!)) return true;
    if (tokens[k] === 'to' && WISH.has(tokens[k - 1]!)) return true;
    if (WRITERS.has(tokens[k]!)) return false;
  }
  return false;
}

/**
 * "a library for validating numbers and looking up their status": what a project does, the gerund joined to one
 * after "for" with no writer between.
 */
function whatItIsFor(tokens: readonly string[], i: number): boolean {
  if (!tokens[i]!.endsWith('ing') || tokens[i - 1] !== 'and') return false;
  for (let k = i - 2; k >= Math.max(1, i - 14); k--) {
    if (WRITERS.has(tokens[k]!)) return false;
    if (tokens[k - 1] === 'for' && tokens[k]!.endsWith('ing')) return true;
  }
  return false;
}
