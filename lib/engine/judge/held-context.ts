/**
 * What a word of holding is part of when nothing is held: a place told by what is kept there, an account pointing
 * at a former address, whose thing a "work" thing is. word-context.ts takes "retain" or "still" away on these.
 */

/**
 * "the wiki where we keep credentials", "the drawer in which I keep the keys": a place told by what is kept there,
 * searched or lost, not something held now.
 */
const KEEPERS: ReadonlySet<string> = new Set(['i', 'we']);
const KEEPING: ReadonlySet<string> = new Set(['keep', 'kept', 'store', 'stored']);
export const placeDescribed = (tokens: readonly string[], i: number): boolean =>
  KEEPING.has(tokens[i]!) &&
  KEEPERS.has(tokens[i - 1] ?? '') &&
  (tokens[i - 2] === 'where' || (tokens[i - 2] === 'which' && tokens[i - 3] === 'in'));

export const POINTS_TO: ReadonlySet<string> = new Set([
  'registered',
  'tied',
  'linked',
  'attached',
  'pointing',
  'associated',
  'bound',
  'connected',
  'listed',
]);

/** Words that make an address one the writer had, not one they hold: "my old work address", "the lapsed domain". */
const FORMER: ReadonlySet<string> = new Set([
  'old',
  'former',
  'previous',
  'work',
  'university',
  'company',
  'school',
  'employer',
  "employer's",
  'dead',
  'closed',
  'lapsed',
  'expired',
]);
/**
 * "The account is still registered to my old work address": where the account points, nothing held; "is still
 * registered with my address" holds it.
 */
export function pointsToAFormerAddress(tokens: readonly string[], i: number): boolean {
  if (!POINTS_TO.has(tokens[i + 1] ?? '')) return false;
  for (let k = i + 2; k < i + 8 && k < tokens.length; k++) if (FORMER.has(tokens[k]!)) return true;
  return false;
}

/** "my work address", "the work laptop": whose thing it is, nothing that works. */
const WORK_THINGS: ReadonlySet<string> = new Set([
  'address',
  'email',
  'e-mail',
  'mail',
  'mailbox',
  'inbox',
  'account',
  'laptop',
  'phone',
  'computer',
  'domain',
  'machine',
  'device',
]);
export const kindOfThing = (tokens: readonly string[], i: number): boolean =>
  tokens[i] === 'work' && WORK_THINGS.has(tokens[i + 1] ?? '');
