import { ADVERBS, WANTING, WRITERS } from './deeds-to-come';

/**
 * What a word of event is part of when nothing happened: an event asked for, denied, only possible, a message sent,
 * steps taken, a screen sending the writer on, a new device the login asks to confirm. word-context.ts and
 * concepts.ts take the event away on these.
 */

/** "I need a reset", "we would like a replacement": the event asked for, not one that happened. */
const WISHING = new Set([...WANTING, 'request', 'requesting']);
const ARTICLES = new Set(['a', 'an', 'the', 'my', 'our', 'this', 'that']);

export function wishedFor(tokens: readonly string[], i: number): boolean {
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
export function deniedByTheWriter(tokens: readonly string[], i: number): boolean {
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
/** Deeds a person does to an account, never a device by itself. */
const WRITERS_DEEDS = /^(?:switch|change|update|remove|replace)$/;
export function onlyAbility(tokens: readonly string[], i: number): boolean {
  // "I am unable to change my username", "we were not able to remove it".
  if (tokens[i - 1] === 'to' && (tokens[i - 2] === 'unable' || tokens[i - 2] === 'able')) return true;
  if (!ABILITY.has(tokens[i - 1] ?? '')) return false;
  const k = ADVERBS.has(tokens[i - 2] ?? '') ? i - 3 : i - 2;
  // "I lost the address and cannot switch it": the writer's deed, its subject left out after "and".
  return PEOPLE.has(tokens[k] ?? '') || (tokens[k] === 'and' && WRITERS_DEEDS.test(tokens[i]!));
}

/** "I dropped an email to support", "dropped them a line": a message sent, not a phone dropped. */
const MESSAGES: ReadonlySet<string> = new Set(['email', 'e-mail', 'mail', 'line', 'note', 'message']);
const SHORT: ReadonlySet<string> = new Set(['a', 'an', 'quick', 'short']);
export function messageSent(tokens: readonly string[], i: number): boolean {
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
export function takenByTheWriter(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'taken') return false;
  const before = tokens[i - 1] ?? '';
  const k = ADVERBS.has(before) ? i - 2 : i - 1;
  const aux = tokens[k] ?? '';
  return DONE.has(aux) || ((aux === 'have' || aux === 'had') && WRITERS.has(tokens[k - 1] ?? ''));
}

/** "it just drops me back at the prompt", "kicks us out": a screen sending the writer on, not a device dropped. */
const SENT: ReadonlySet<string> = new Set(['me', 'us']);
const ON_OR_BACK: ReadonlySet<string> = new Set(['back', 'out', 'off', 'to', 'at', 'into', 'onto']);
export function sendsSomeoneBack(tokens: readonly string[], i: number): boolean {
  return SENT.has(tokens[i + 1] ?? '') && ON_OR_BACK.has(tokens[i + 2] ?? '');
}

/** Words of PyPI's check of a device it does not know: "confirm my new device", "the new device confirmation". */
const CONFIRMING = /^(?:confirm|verif|recogni|approv|authori[sz])/;

/**
 * "PyPI asks me to confirm my new device by email", "the email confirmation for the new device": the login's check
 * of an unknown device, not a device changed.
 */
export function deviceToConfirm(tokens: readonly string[], i: number): boolean {
  if (tokens[i] !== 'new') return false;
  for (let k = Math.max(0, i - 4); k < i; k++) if (CONFIRMING.test(tokens[k]!)) return true;
  return CONFIRMING.test(tokens[i + 2] ?? '');
}
