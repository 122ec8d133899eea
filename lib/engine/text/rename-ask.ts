import { near } from './cues/words';

/**
 * The account's name changed, asked of support (other-ask.ts decides when it is the request's main ask): "change
 * my username", "rename the account `old` to `new`"; not the writer telling of a rename of their own.
 */

/**
 * "change my username", "my username to be changed", "get the username changed", "this account's username
 * changed"; not "I changed my username" (a story).
 */
const RENAME =
  /\b(?:user ?name|handle) (?:to be|be|being) (?:changed|renamed|updated)\b|\b(?:want|like|need|have|get) (?:my |the |our |this )?(?:account's |account )?(?:user ?name|handle) (?:changed|renamed|updated)\b/;
const RENAME_NEAR = near('change|changed|changing|update|rename|renamed|renaming|edit', 'user ?name', 4);
/**
 * "rename `old` to `new`", "rename the account `old` to `new`", "like it renamed (from `old`) to `new`": the
 * account's name, even without the word "username". Not a story: "we renamed to "Brume Labs" last year", "the company
 * renamed to Corvid Data", "2024: Northfield Systems renamed to Velo" (a firm's name ends in such a word).
 */
const RENAME_TO =
  /(?<!\b(?:i|we|they|he|she|it|was|were|been|had|have|company|organi[sz]ation|org|team|lab|labs|group|business|startup|firm|employer|university|systems|inc|ltd|gmbh|llc|technologies|software|corp|foundation) )\brenam\w* (?:it |this account |our account |this |the account |my account )?(?:[`'"][\w.-]+[`'"] )?(?:from [`'"]?[\w.-]+[`'"]? )?to [`'"]?[\w.-]+/;
/**
 * "I'd like it changed (from `dk`) to `dkamau`", "please change it to `sam-m`": a new name in quotes, asked for (an
 * address has an @ and is not a name).
 */
const CHANGED_TO_NAME =
  /\b(?:like|want|need|prefer|have) (?:it|this|that|the account|my account|the username|my username|the handle|my handle) (?:\S+ )?(?:changed|renamed|switched) (?:from [`'"]?[\w.-]+[`'"]? )?to [`'"][\w.-]+[`'"]|\b(?:please|could you|can you|would you) (?:\S+ )?(?:change|switch) (?:it|this|that|the account|my account) to [`'"][\w.-]+[`'"]/;
/**
 * "My username is my full name and I want to change it to `fnugroho`": a new name in quotes the writer wants, in a
 * text that speaks of a name (so that "it" is the name, not the address or the key).
 */
const WANT_TO_CHANGE =
  /\b(?:want|like|need|wish|hoping|hope) to (?:change|switch|rename) (?:it|this|that|the account|my account|the username|my username) to [`'"][\w.-]+[`'"]/;
/** "I would prefer that you simply rename the account": asked of support, not told ("I tried to rename it"). */
const RENAME_ACCOUNT = /\b(?:you|please) (?:simply |just |kindly )?rename (?:the|my|this|our) account\b/;
/** "for this account to be renamed", "my account renamed": the account as what is renamed, asked for. */
const ACCOUNT_RENAMED =
  /\b(?:the|my|this|our) account (?:to be|be|being|gets?) renamed\b|\b(?:want|like|need|have|get) (?:the|my|this|our) account renamed\b/;
/** "I'd like it to become `brightfield`": a new name wished for the account. */
const TO_BECOME =
  /\b(?:like|want|need|prefer) (?:it|this account|the account|my account|the username|my username) to become [`'"][\w.-]+[`'"]/;

/** "recover my account under the new username `ewa-n`", "I'd like the old username gone". */
const NEW_NAME =
  /\b(?:under|with|as) (?:the |a |my )?new (?:user ?name|handle)\b|\bold (?:user ?name|handle) (?:gone|removed|deleted|retired)\b/;

export function asksRename(s: string): boolean {
  // Each pattern needs its word ("name", "handle", "renam"): looked for plainly first, since most texts ask no
  // rename and the patterns cost most where they find nothing.
  const name = s.includes('name');
  return (
    (name && (RENAME_NEAR.test(s) || RENAME_ACCOUNT.test(s))) ||
    ((name || s.includes('handle')) && RENAME.test(s)) ||
    (s.includes('renam') && (RENAME_TO.test(s) || ACCOUNT_RENAMED.test(s))) ||
    CHANGED_TO_NAME.test(s) ||
    (name && (NEW_NAME.test(s) || WANT_TO_CHANGE.test(s))) ||
    (s.includes('become') && TO_BECOME.test(s))
  );
}
