import { notAnAttempt, triesToLogIn } from './attempt-context';
import { ADVERBS, WANTING, WRITERS } from './deeds-to-come';
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

/** "I need a reset", "we would like a replacement": the event asked for, not one that happened. */
const WISHING = new Set([...WANTING, 'request', 'requesting']);
const ARTICLES = new Set(['a', 'an', 'the', 'my', 'our', 'this', 'that']);

function wishedFor(tokens: readonly string[], i: number): boolean {
  const before = tokens[i - 1] ?? '';
  return (
    WISHING.has(before) ||
    (ARTICLES.has(before) && WISHING.has(tokens[i - 2] ?? '')) ||
    // "help me remove the 2FA", "help us change the address": the ask.
    ((before === 'me' || before === 'us') && tokens[i - 2] === 'help') ||
    madeToHappen(tokens, i)
  );
}

/**
 * "I haven't removed or re-added anything", "we never wiped it": a deed the writer says they did not do is nothing
 * that happened ("the app hasn't worked since" still tells a state gone wrong: its subject is not the writer).
 */
const DENIALS: ReadonlySet<string> = new Set(["haven't", "hadn't", "didn't", 'never', 'not', 'have not', 'did not']);
function deniedByTheWriter(tokens: readonly string[], i: number): boolean {
  const k = ADVERBS.has(tokens[i - 1] ?? '') ? i - 2 : i - 1;
  const denial = tokens[k] ?? '';
  if (denial === 'not')
    return (tokens[k - 1] === 'have' || tokens[k - 1] === 'did') && WRITERS.has(tokens[k - 2] ?? '');
  return DENIALS.has(denial) && WRITERS.has(tokens[k - 1] ?? '');
}

/**
 * "I just can't change the address", "he cannot remove the key": what someone is able to do, not what happened ("my
 * phone can't start" keeps its event: a device, not a person, is the subject).
 */
const ABILITY: ReadonlySet<string> = new Set(["can't", 'cannot', 'can', "couldn't", 'could']);
const PEOPLE: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they', 'you']);
function onlyAbility(tokens: readonly string[], i: number): boolean {
  // "I am unable to change my username", "we were not able to remove it".
  if (tokens[i - 1] === 'to' && (tokens[i - 2] === 'unable' || tokens[i - 2] === 'able')) return true;
  if (!ABILITY.has(tokens[i - 1] ?? '')) return false;
  const k = ADVERBS.has(tokens[i - 2] ?? '') ? i - 3 : i - 2;
  return PEOPLE.has(tokens[k] ?? '');
}

/** "I dropped an email to support", "dropped them a line": a message sent, not a phone dropped. */
const MESSAGES: ReadonlySet<string> = new Set(['email', 'e-mail', 'mail', 'line', 'note', 'message']);
const SHORT: ReadonlySet<string> = new Set(['a', 'an', 'quick', 'short']);
function messageSent(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'dropped' && tokens[i] !== 'drop') return false;
  let k = i + 1;
  if (!SHORT.has(tokens[k] ?? '')) k++; // "dropped them a line", "dropped support an email"
  while (SHORT.has(tokens[k] ?? '')) k++;
  return k > i + 1 && SHORT.has(tokens[k - 1] ?? '') && MESSAGES.has(tokens[k] ?? '');
}

/**
 * Getting something done, as the ask: "I need help getting the 2FA removed", "I'd like to have the key reset", "I
 * need to have the second factor on my account reset".
 */
const CAUSING: ReadonlySet<string> = new Set(['get', 'getting', 'have', 'having']);
const ASKED_BEFORE: ReadonlySet<string> = new Set([...WISHING, 'help', 'to', 'please']);
function madeToHappen(tokens: readonly string[], i: number): boolean {
  // The thing done stands between: "getting [the 2fa] removed", "get [my security key] reset".
  for (let k = i - 2; k >= i - 7 && k > 0; k--) {
    if (CAUSING.has(tokens[k]!)) return ARTICLES.has(tokens[k + 1]!) && ASKED_BEFORE.has(tokens[k - 1]!);
  }
  return false;
}

/**
 * "Steps taken so far", "what I have taken care of": the writer's own doing, not a theft ("my bag was taken",
 * "someone has taken it" stay one).
 */
const DONE = new Set(['steps', 'step', 'measures', 'actions', 'action', "i've", "we've", "i'd", "we'd"]);
function takenByTheWriter(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'taken') return false;
  const before = tokens[i - 1] ?? '';
  const k = ADVERBS.has(before) ? i - 2 : i - 1;
  const aux = tokens[k] ?? '';
  return DONE.has(aux) || ((aux === 'have' || aux === 'had') && WRITERS.has(tokens[k - 1] ?? ''));
}

/** "it just drops me back at the prompt", "kicks us out": a screen sending the writer on, not a device dropped. */
const SENT: ReadonlySet<string> = new Set(['me', 'us']);
const ON_OR_BACK: ReadonlySet<string> = new Set(['back', 'out', 'off', 'to', 'at', 'into', 'onto']);
function sendsSomeoneBack(tokens: readonly string[], i: number): boolean {
  return SENT.has(tokens[i + 1] ?? '') && ON_OR_BACK.has(tokens[i + 2] ?? '');
}

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

/**
 * "the wiki where we keep credentials", "the drawer in which I keep the keys": a place told by what is kept there,
 * searched or lost, not something held now.
 */
const KEEPERS: ReadonlySet<string> = new Set(['i', 'we']);
const KEEPING: ReadonlySet<string> = new Set(['keep', 'kept', 'store', 'stored']);
const placeDescribed = (tokens: readonly string[], i: number): boolean =>
  KEEPING.has(tokens[i]!) &&
  KEEPERS.has(tokens[i - 1] ?? '') &&
  (tokens[i - 2] === 'where' || (tokens[i - 2] === 'which' && tokens[i - 3] === 'in'));

const POINTS_TO: ReadonlySet<string> = new Set([
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
function pointsToAFormerAddress(tokens: readonly string[], i: number): boolean {
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
const kindOfThing = (tokens: readonly string[], i: number): boolean =>
  tokens[i] === 'work' && WORK_THINGS.has(tokens[i + 1] ?? '');

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
