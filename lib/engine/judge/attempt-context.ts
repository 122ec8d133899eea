import { WRITERS, notTheWritersDeed } from './deeds-to-come';
import {
  LUGGAGE,
  PLAIN,
  MODALS,
  NOBODY,
  OCCASION_DEEDS,
  OCCASION_WORDS,
  ONLY,
  REPAIRS,
  SEARCH_KINDS,
  SEARCH_PARTS,
  askedByOthers,
  checkedInOrOut,
  foundItGone,
  madeToDoAgain,
  triedInVain,
  wipedWhole,
  wishedBefore,
} from './deeds-not-tried';

/**
 * Whether a word that names an attempt is one the writer made (concepts.ts, word-context.ts): the rubric counts a
 * recovery step tried, not the failure itself ("when I try to log in"), a deed done to something ("it cannot be
 * restored"), one denied ("never tried") or one still to come ("I'll check the drawer").
 */

const TRY = new Set(['try', 'tries', 'tried', 'trying']);
const PASSIVE = new Set(['be', 'been', 'being']);
/** "where the code is requested", "the accounts were restored": a passive tells what was done, not by whom. */
const COPULA = new Set(['is', 'are', 'was', 'were']);
/**
 * Deeds only a person does, so a passive still tells a step taken, in requests written impersonally: "a reset was
 * requested", "the airline was contacted", "the drawers were searched" (unlike "the accounts were restored").
 */
const DONE_BY_SOMEONE = new Set([
  'tried',
  'attempted',
  'contacted',
  'requested',
  'checked',
  'searched',
  'asked',
  'emailed',
  'consulted',
]);
/** Told as done ("a reset was requested"), not as how a page works ("where the code is requested"). */
const PAST_COPULA = new Set(['was', 'were']);
/** A deed's participle right after a thing describes the thing: "every app installed through the profile". */
const THINGS = new Set(['app', 'apps', 'application', 'applications', 'everything', 'anything', 'software', 'tools']);
/** "not synced anywhere", "never tried": a deed denied right before its word is no attempt. */
const DENIED = new Set([
  'not',
  'never',
  "wasn't",
  "weren't",
  "isn't",
  "aren't",
  "didn't",
  "don't",
  "doesn't",
  "haven't",
  "hasn't",
  "hadn't",
  // "nobody asked me about backups": someone else's deed, denied.
  'nobody',
  // "without an export": a thing that never existed ("no export we could use" may have been looked for).
  'without',
]);
/** "without any export": the article between the denial and its noun. */
const DETERMINERS = new Set(['any', 'a', 'an', 'such']);
/** "so this doesn't happen again", "never to be seen again": "again" of what may recur, not of a deed repeated. */
const RECUR = new Set(['happen', 'happens', 'happened', 'occur', 'occurs', 'occurred', 'repeat', 'seen', 'heard']);
/** "the verified address", "it is verified": a state, not a check the writer made. */
const STATE_BEFORE = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'their',
  'its',
  'is',
  'was',
  'are',
  'were',
  'still',
  'to',
  'and',
  'or',
]);
/** "password, verified email (lab mailbox)": a verified thing is a state, not a check the writer made. */
const VERIFIED_THINGS = new Set(['email', 'e-mail', 'address', 'account', 'mailbox', 'phone', 'number', 'domain']);
/** "the airport security check", "a quick check": a check that is a thing, not something the writer did. */
const CHECK_AS_NOUN = new Set(['a', 'an', 'the', 'security', 'passport', 'customs', 'background', 'spot', 'quick']);
/** The login itself, or the release it was for: "when we tried to publish 2.0" is how the failure was noticed. */
const TO_LOG_IN =
  /^(?:to (?:log ?in|login|log into|sign ?in|access|get in|get into|enter|publish|upload|release|push)|logging in|signing in|publishing|uploading)\b/;

/**
 * Another way in named after the login: "tried signing in on the new laptop with the synced keychain", "tried to
 * log in from my other browser" is an attempt; "I tried to log in" alone is the failure.
 */
const BY_WAY_OF = new Set(['on', 'with', 'from', 'using', 'via', 'through']);
const ANOTHER_WAY = new Set(['another', 'other', 'spare', 'second', 'backup', 'different', 'old', 'new']);

/**
 * A machine named with whose or which it is: "from my partner's computer", "on my work laptop", "from the office
 * PC" (not "on my phone", which may be the very phone that failed).
 */
const MACHINES = new Set([
  'computer',
  'laptop',
  'pc',
  'machine',
  'desktop',
  'tablet',
  'ipad',
  'browser',
  'device',
  'mac',
]);

function anotherWayIn(tokens: readonly string[], i: number): boolean {
  for (let k = i + 2; k < Math.min(tokens.length, i + 10); k++) {
    const t = tokens[k]!;
    if (ANOTHER_WAY.has(t) && (BY_WAY_OF.has(tokens[k - 1]!) || BY_WAY_OF.has(tokens[k - 2]!))) return true;
    if (
      MACHINES.has(t) &&
      BY_WAY_OF.has(tokens[k - 3] ?? '') &&
      PLAIN.has(tokens[k - 2]!) &&
      !PLAIN.has(tokens[k - 1]!)
    )
      return true;
  }
  return false;
}

export function triesToLogIn(tokens: readonly string[], i: number): boolean {
  return TRY.has(tokens[i]!) && TO_LOG_IN.test(tokens.slice(i + 1, i + 4).join(' ')) && !anotherWayIn(tokens, i);
}

const NAMED_THINGS = new Set([
  'library',
  'package',
  'project',
  'app',
  'application',
  'tool',
  'bot',
  'module',
  'repository',
  'repo',
  'program',
  'something',
  'company',
  'service',
  'site',
  'website',
  'script',
  'plugin',
  'extension',
]);

/** A thing named within three words before, with no writer in between: "a bot library on PyPI called". */
function namedThingBefore(tokens: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (WRITERS.has(tokens[k]!)) return false;
    if (NAMED_THINGS.has(tokens[k]!)) return true;
  }
  return false;
}

/** Whether the attempt word at `i` is no attempt of the writer's, from its neighbours alone. */

export function notAnAttempt(tokens: readonly string[], i: number): boolean {
  const w = tokens[i]!;
  const before = tokens[i - 1] ?? '';
  return (
    // "it has been restored" is done to something; "I have been trying" is the writer's own deed, ongoing.
    (PASSIVE.has(before) && !w.endsWith('ing')) ||
    (COPULA.has(before) && w.endsWith('ed') && !(DONE_BY_SOMEONE.has(w) && PAST_COPULA.has(before))) ||
    // "Authy was only installed on my work desktop": the same passive, an adverb between.
    (ONLY.has(before) && COPULA.has(tokens[i - 2] ?? '') && w.endsWith('ed') && !DONE_BY_SOMEONE.has(w)) ||
    // "I want to be able to upload again": the again wished for, not a step taken.
    (w === 'again' && wishedBefore(tokens, i)) ||
    // "no one should try", "nobody can try": no step of anyone's.
    (NOBODY.has(tokens[i - 2] ?? '') && MODALS.has(before)) ||
    (DENIED.has(before) && !triedInVain(tokens, i)) ||
    (DETERMINERS.has(before) && tokens[i - 2] === 'without') ||
    (THINGS.has(before) && w.endsWith('ed')) ||
    notTheWritersDeed(tokens, i) ||
    (w === 'again' && (RECUR.has(before) || deniedJustBefore(tokens, i) || madeToDoAgain(tokens, i))) ||
    (w === 'verified' && (STATE_BEFORE.has(before) || VERIFIED_THINGS.has(tokens[i + 1] ?? ''))) ||
    (w === 'check' && CHECK_AS_NOUN.has(before)) ||
    (w.startsWith('check') && (checkedInOrOut(tokens, i) || LUGGAGE.has(tokens[i + 1] ?? ''))) ||
    // "followed by a year of travel", "asked by the shop": a participle with its agent, not a deed of the writer's.
    (w.endsWith('ed') && tokens[i + 1] === 'by') ||
    // "I restored my iPhone", "have reinstalled Android since": the device wiped or the system put back, which is
    // how the factor went; "restored my phone from the iCloud backup" and "reinstalled the app" are steps.
    wipedWhole(tokens, i) ||
    // "I clicked through that screen at setup": past a page unread, not a button pressed to recover.
    (w === 'clicked' && tokens[i + 1] === 'through') ||
    // "an API for address search", "a search engine for papers": a search a program does, not one made.
    (w === 'search' && (SEARCH_KINDS.has(before) || SEARCH_PARTS.has(tokens[i + 1] ?? ''))) ||
    // "a library called `maxcord`", "an app called Aegis": a name given, not a call made.
    (w === 'called' && namedThingBefore(tokens, i)) ||
    // "I wiped my iPhone in an attempt to fix an issue it had": what the deed was for, the deed being the loss.
    (w === 'attempt' && before === 'an' && tokens[i - 2] === 'in' && REPAIRS.has(tokens[i + 2] ?? '')) ||
    // Others asking for a release, the loss found in a pocket: no step of the writer's.
    askedByOthers(tokens, i) ||
    foundItGone(tokens, i) ||
    // "a profile I deleted when I reinstalled my laptop": the occasion of the loss, told in passing.
    (OCCASION_DEEDS.test(w) &&
      (OCCASION_WORDS.has(before) || (WRITERS.has(before) && OCCASION_WORDS.has(tokens[i - 2] ?? ''))))
  );
}

/** Words that deny what "again" follows, as DENIED does: "it cannot turn on again". */
const CANNOT: ReadonlySet<string> = new Set(['cannot', "can't", "couldn't", "won't", "wouldn't"]);

/** "it never turned on again", "it didn't boot again": a state that did not come back, not a deed repeated. */
function deniedJustBefore(tokens: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (DENIED.has(tokens[k]!)) return true;
  // "I can't do the two-step login again": a modal denies its whole verb phrase.
  for (let k = Math.max(0, i - 6); k < i; k++) if (CANNOT.has(tokens[k]!)) return true;
  return false;
}
