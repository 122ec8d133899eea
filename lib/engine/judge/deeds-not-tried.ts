/**
 * Neighbours that make a deed's word no recovery step: a search a program performs, a passive, an "again" wished
 * for, a whole device restored, an app's demand, a repair, the occasion of something else, a traveller's check-in.
 * attempt-context.ts asks these.
 */

/** Words before a noun that leave it plain: "my phone", "the laptop". */
export const PLAIN: ReadonlySet<string> = new Set(['my', 'the', 'a', 'an', 'our']);

/** What a program searches, named before "search": "address search", "full-text search". */
export const SEARCH_KINDS: ReadonlySet<string> = new Set([
  'address',
  'full-text',
  'text',
  'fuzzy',
  'semantic',
  'vector',
  'image',
  'place',
  'web',
  'site',
  'binary',
  'graph',
  'tree',
  'similarity',
  'keyword',
  'geo',
]);
/** A search as a part of a program: "search engine", "search API", "search results". */
export const SEARCH_PARTS: ReadonlySet<string> = new Set([
  'engine',
  'engines',
  'api',
  'apis',
  'index',
  'indexes',
  'results',
  'box',
  'bar',
  'feature',
  'features',
  'function',
  'functions',
  'endpoint',
  'endpoints',
  'algorithm',
  'algorithms',
  'backend',
  'queries',
]);

export const ONLY: ReadonlySet<string> = new Set(['only', 'just', 'also', 'still', 'never', 'already']);
const WISHES: ReadonlySet<string> = new Set(['want', 'wants', 'like', 'need', 'needs', 'hope', 'wish']);
export const wishedBefore = (tokens: readonly string[], i: number): boolean => {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) if (WISHES.has(tokens[k]!)) return true;
  return false;
};
export const NOBODY: ReadonlySet<string> = new Set(['nobody', 'one', 'none']);
export const MODALS: ReadonlySet<string> = new Set(['should', 'can', 'could', 'would', 'will', 'must']);

/** Whole devices and systems: restoring or reinstalling one wipes it. */
const WHOLE = new Set([
  'iphone',
  'ipad',
  'tablet',
  'phone',
  'smartphone',
  'device',
  'laptop',
  'computer',
  'mac',
  'macbook',
  'pc',
  'android',
  'windows',
  'ios',
  'macos',
  'linux',
  'os',
  'system',
]);
const FROM_A_COPY = new Set(['from', 'backup', 'using', 'via', 'with', 'through']);

export function wipedWhole(tokens: readonly string[], i: number): boolean {
  const w = tokens[i]!;
  if (!(w === 'restored' || w.startsWith('reinstall'))) return false;
  const k = PLAIN.has(tokens[i + 1] ?? '') ? i + 2 : i + 1;
  if (!WHOLE.has(tokens[k] ?? '')) return false;
  return !tokens.slice(k + 1, k + 4).some((t) => FROM_A_COPY.has(t));
}

/** What a restore or a sync is run on: "Google Authenticator did not restore PyPI" tells the restore was run. */
const RUN_THINGS: ReadonlySet<string> = new Set(['authenticator', 'app', 'backup', 'authy', 'phone', 'sync', 'icloud']);

/**
 * A deed tried and failed, not one left undone: "I could not restore the app" (unlike "I did not restore it"), "the
 * authenticator did not restore PyPI".
 */
export function triedInVain(tokens: readonly string[], i: number): boolean {
  if (tokens[i - 1] !== 'not' || tokens[i]!.endsWith('ed')) return false;
  const aux = tokens[i - 2];
  return aux === 'could' || (aux === 'did' && RUN_THINGS.has(tokens[i - 3] ?? ''));
}

/** Who makes someone do a thing: "the app made me sign in again", "it asked me to log in again". */
const MAKERS: ReadonlySet<string> = new Set(['made', 'makes', 'asked', 'asks', 'forced', 'forces', 'required', 'told']);

/** "made me sign in again": the app's demand, not a step the writer chose to try. */
export function madeToDoAgain(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--)
    if (tokens[k] === 'me' && MAKERS.has(tokens[k - 1] ?? '')) return true;
  return false;
}

/** What a deed done to a device is for when it is no step of recovery: "in an attempt to fix a battery issue". */
export const REPAIRS: ReadonlySet<string> = new Set([
  'fix',
  'repair',
  'solve',
  'resolve',
  'speed',
  'free',
  'clean',
  'cure',
]);

/** Deeds that are as often what went wrong as a step tried: which one, the words before them tell. */
export const OCCASION_DEEDS = /^(?:re-?install|install|migrat|upgrad|updat|wip|switch)/;
/** "when I reinstalled", "after updating": the time of something else, not a step tried. */
export const OCCASION_WORDS: ReadonlySet<string> = new Set(['when', 'after', 'since', 'while', 'once']);

/** "my key was in my checked luggage": a traveller's bag, not a search. */
export const LUGGAGE: ReadonlySet<string> = new Set(['luggage', 'baggage', 'bag', 'bags', 'suitcase', 'suitcases']);

/** "checked out of the hotel", "when I checked out on 12 May": a guest leaving ("checked out the drawer" looked). */
const CHECKOUT_AFTER: ReadonlySet<string> = new Set([
  'of',
  'on',
  'at',
  'in',
  'from',
  'early',
  'late',
  'yesterday',
  'that',
  'this',
  'last',
]);

/** "checked out of the hotel", "checked in at the airport": a traveller's step, not a recovery step. */
export function checkedInOrOut(tokens: readonly string[], i: number): boolean {
  const next = tokens[i + 1];
  const after = tokens[i + 2] ?? '';
  return (
    next === 'into' ||
    (next === 'out' && (CHECKOUT_AFTER.has(after) || after === '')) ||
    (next === 'in' && (after === 'at' || after === 'for'))
  );
}

/** People who ask the maintainer for things: "a user asked for wheels", "somebody has asked for the new data". */
const OTHERS_ASKING: ReadonlySet<string> = new Set([
  'user',
  'users',
  'somebody',
  'someone',
  'people',
  'customer',
  'customers',
  'contributor',
  'contributors',
  'downstream',
]);
const ASKING = /^(?:ask|request)(?:s|ed|ing)?$/;

/** "a user asked for 3.13 wheels", "people keep asking": why the account is needed, not a step the writer took. */
export function askedByOthers(tokens: readonly string[], i: number): boolean {
  if (!ASKING.test(tokens[i]!)) return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (OTHERS_ASKING.has(tokens[k]!)) return true;
  return false;
}

/** Where a thing is carried: "when I checked my pocket the phone was gone" tells how the loss was found. */
const ON_THE_BODY: ReadonlySet<string> = new Set(['pocket', 'pockets', 'jacket', 'coat', 'hand', 'wrist', 'bag']);
const GLANCES = /^(?:check|look|reach|felt|feel)/;

/** "when I checked my pocket", "when I reached for my bag": the moment the loss was found, not a search made. */
export function foundItGone(tokens: readonly string[], i: number): boolean {
  if (!GLANCES.test(tokens[i]!) || tokens[i - 2] !== 'when') return false;
  return tokens.slice(i + 1, i + 4).some((t) => ON_THE_BODY.has(t));
}
