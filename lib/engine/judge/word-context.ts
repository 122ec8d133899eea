import { notAnAttempt, triesToLogIn } from './attempt-context';
import { ADVERBS, WRITERS } from './deeds-to-come';
import {
  deniedByTheWriter,
  messageSent,
  onlyAbility,
  sendsSomeoneBack,
  takenByTheWriter,
  wishedFor,
} from './event-context';
import { kindOfThing, placeDescribed, pointsToAFormerAddress } from './held-context';
import type { Concept } from './lexicon';

/**
 * Words read with their neighbours (concepts.ts): the same word can name a concept in one place and nothing in
 * another. A "password manager" is where secrets are kept, "when I try to log in" tells the failure, not an
 * attempt at recovery (typing the code that fails is none, the rubric says). Whether an attempt word is the
 * writer's own deed is read in attempt-context.ts.
 */

/**
 * Words that name something else as the first word of a compound: a "password manager" is where secrets are
 * kept (the lexicon's vault), not the password; "the TOTP was saved in the password manager" says nothing of it.
 */
const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'password',
    new Set(['manager', 'managers', 'vault', 'vaults', 'safe', 'store', 'keeper', 'app', 'reset', 'resets']),
  ],
]);

/** What an organisation's name before it only says the owner of: "company phone", "school laptop". */
const OWNED_THINGS: ReadonlySet<string> = new Set([
  'phone',
  'phones',
  'laptop',
  'laptops',
  'device',
  'devices',
  'mobile',
  'computer',
]);

/** Kinds of address that are no mailbox. */
const ADDRESSES_NOT_MAIL = [
  'delivery',
  'postal',
  'street',
  'home',
  'ip',
  'mac',
  'wallet',
  'billing',
  'shipping',
  'physical',
  'bitcoin',
  'server',
  'web',
];
/**
 * Words that make the word after them something else's: the "backup password" of an authenticator app or the
 * "gmail password" is not the account's password, which is what support asks about.
 */
const OTHERS_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    'password',
    new Set([
      'backup',
      'backups',
      'master',
      'vault',
      'authy',
      'encryption',
      'wifi',
      'wi-fi',
      'gmail',
      'google',
      'apple',
      'icloud',
      'windows',
      'laptop',
      'phone',
      'keepass',
      'bitwarden',
      '1password',
      'lastpass',
      'github',
      'mailbox',
    ]),
  ],
  // "validate delivery addresses", "my home address", "the server's IP address": not a mailbox.
  ['address', new Set(ADDRESSES_NOT_MAIL)],
  ['addresses', new Set(ADDRESSES_NOT_MAIL)],
]);

/** "a retired nurse", "I am retired": who the writer is, not something that happened to a device or mailbox. */
const DESCRIBED_BY = new Set(['a', 'am', "i'm", 'now', 'being']);
/** "my own domain": after a possessive, "own" says whose, not that something is held. */
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
const AUXILIARY = new Set(['have', 'has', 'had']);
const PAST = new Set(['was', 'were']);
const PARTICIPLE =
  /^(?:\p{L}+ed|lost|been|gone|forgotten|forgot|broken|stolen|done|made|seen|taken|given|left|sold|thrown|fallen|written|run|become)$/u;

/** A past participle at `i`, or after one adverb: "lost", "since gone", "never been". */
function isParticiple(tokens: readonly string[], i: number): boolean {
  const next = ADVERBS.has(tokens[i] ?? '') ? tokens[i + 1] : tokens[i];
  return next !== undefined && PARTICIPLE.test(next);
}
/** "the account owns `x`", "the account has 2FA": what the account holds, not what the writer still holds. */
const ACCOUNT_AS_SUBJECT = new Set(['account', "account's", 'organisation', 'organization']);
const TARGETS = new Set(['one', 'address', 'mailbox', 'email', 'e-mail', 'domain', 'inbox', 'that', 'which']);

/** The place a change is asked to lead to: "the address changed to one we control" is the wish, not access held. */
function changedToOneHeld(tokens: readonly string[], i: number): boolean {
  if (!WRITERS.has(tokens[i - 1] ?? '') || !TARGETS.has(tokens[i - 2] ?? '')) return false;
  for (let k = Math.max(0, i - 6); k < i - 2; k++) if (tokens[k] === 'to' || tokens[k] === 'into') return true;
  return false;
}

/** "last fall", "in the fall of 2025" name a season; "codes to fall back on", "a bad fall" do not. */
const SEASON_BEFORE = new Set([
  'the',
  'this',
  'last',
  'next',
  'in',
  'early',
  'late',
  'mid',
  'of',
  'during',
  'that',
  'past',
  'since',
  'until',
  'by',
]);

const HABITUAL: ReadonlySet<string> = new Set(['every', 'each', 'per']);
/**
 * "Since I no longer have the phone, …", "since we can't log in": "since" before the writer as subject gives a
 * reason, not a time ("ever since I moved", "since the update", "since then" stay times).
 */
const SUBJECTS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  'we',
  "we're",
  "we've",
  "we'd",
  'you',
  "it's",
]);
const STATES = new Set(['is', 'was', 'has', 'had']);
const causalSince = (tokens: readonly string[], i: number): boolean =>
  tokens[i] === 'since' &&
  tokens[i - 1] !== 'ever' &&
  (SUBJECTS.has(tokens[i + 1] ?? '') || (tokens[i + 1] === 'it' && STATES.has(tokens[i + 2] ?? '')));
/** "Good day", "have a nice day": a greeting or a farewell, not when anything happened. */
const KIND_WISHES: ReadonlySet<string> = new Set(['good', 'nice', 'great', 'lovely', 'wonderful', 'pleasant']);

/** Nothing taken away: most words, one shared answer, no allocation. */
const NOTHING: readonly Concept[] = [];

/**
 * What a word's neighbours take away from it: every concept it names ("password manager", "backup password",
 * "try" in "try to log in"), or some of them:
 * - "attempt" from a deed done to something, not by the writer ("it cannot be restored", "every app installed
 *   through the profile"), or denied ("not synced");
 * - "retain" from "have" before a past participle ("I have lost", "it has been stolen": a tense) and from "own"
 *   after "my" ("my own domain": an adjective), neither something held;
 * - "event" from who the writer is ("a retired teacher") and from an event asked for ("I need a reset").
 */
export function takenAway(
  tokens: readonly string[],
  i: number,
  concepts: readonly Concept[],
): 'all' | readonly Concept[] {
  const w = tokens[i]!;
  const before = tokens[i - 1] ?? '';
  if (
    COMPOUND_HEADS.get(w)?.has(tokens[i + 1] ?? '') === true ||
    OTHERS_BEFORE.get(w)?.has(before) === true ||
    triesToLogIn(tokens, i)
  )
    return 'all';
  // Only a word that names an attempt is asked whether it is one: most concept words are not deeds.
  const noAttempt = concepts.includes('attempt') && notAnAttempt(tokens, i);
  // "an owner of the organisation on PyPI": the PyPI organisation is reached through the locked account, no
  // repository held elsewhere.
  const pypiOrganisation =
    concepts.includes('repo') &&
    /^(?:organi[sz]ations?|orgs?)$/.test(w) &&
    ((tokens[i + 1] === 'on' && tokens[i + 2] === 'pypi') || before === 'pypi');
  const notHeld =
    (AUXILIARY.has(w) && isParticiple(tokens, i + 1)) ||
    (w === 'own' && POSSESSIVES.has(before)) ||
    (concepts.includes('retain') &&
      (ACCOUNT_AS_SUBJECT.has(before) ||
        changedToOneHeld(tokens, i) ||
        placeDescribed(tokens, i) ||
        kindOfThing(tokens, i)));
  const noEvent =
    (w === 'retired' && DESCRIBED_BY.has(before)) ||
    messageSent(tokens, i) ||
    onlyAbility(tokens, i) ||
    (concepts.includes('event') &&
      (wishedFor(tokens, i) ||
        sendsSomeoneBack(tokens, i) ||
        takenByTheWriter(tokens, i) ||
        deniedByTheWriter(tokens, i)));
  const noSeason = w === 'fall' && !SEASON_BEFORE.has(before) && !/^\d{4}$/.test(tokens[i + 1] ?? '');
  // "a company phone", "the school laptop": whose device it is, not a job left or a move made.
  const noOccasion = concepts.includes('occasion') && OWNED_THINGS.has(tokens[i + 1] ?? '');
  // "the mailbox I read every day", "backed up each week": a habit, not when anything happened; "good day" greets.
  const noRelative =
    concepts.includes('relative') &&
    (HABITUAL.has(before) || (w === 'day' && KIND_WISHES.has(before)) || causalSince(tokens, i));
  // "the account was still registered with the old address": then, not now.
  // "the account is still registered to my old work address": where the account points, nothing the writer holds.
  const notNow = w === 'still' && (PAST.has(before) || pointsToAFormerAddress(tokens, i));
  if (!noAttempt && !notHeld && !noEvent && !notNow && !noSeason && !noOccasion && !noRelative && !pypiOrganisation)
    return NOTHING;
  const taken: Concept[] = [];
  if (pypiOrganisation) taken.push('repo');
  if (notNow) taken.push('still');
  if (noAttempt) taken.push('attempt');
  if (notHeld) taken.push('retain');
  if (noEvent) taken.push('event');
  if (noSeason) taken.push('season');
  if (noOccasion) taken.push('occasion');
  if (noRelative) taken.push('relative');
  return taken;
}
