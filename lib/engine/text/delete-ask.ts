import { TWO_FA, followedBy, lastMatch, words } from './cues/words';

/**
 * Deletion asked of support (other-ask.ts decides when it is the request's main ask): the account, a project or
 * releases deleted, closed or erased; not a factor removed from the account, which is the recovery itself.
 */

const DELETE = followedBy(
  'delete|deleting|deletion|remove|removal|wipe|revoke|revocation|deactivate|close',
  'account|registration|package|project',
  5,
);
const EVERY_DELETE = new RegExp(DELETE.source, 'g');
/** What is removed FROM the account is the recovery itself: "please remove 2FA from my account", "the lost key". */
const A_FACTOR = new RegExp(`\\b(?:${TWO_FA}|key|keys|device|phone|token)\\b`);

/** Another service's account ("I had to delete my Bitwarden account") is not the one on PyPI. */
const ANOTHER_SERVICE =
  /\b(?:bitwarden|authy|google|gmail|microsoft|apple|icloud|github|gitlab|lastpass|1password|dashlane|keeper|proton|outlook|hotmail|yahoo|twilio|samsung|tuta|tutanota|posteo|gmx|zoho|fastmail|yandex|aol|password manager(?:'s)?|vault)\b/;

/** What follows the account named: "… from Microsoft Authenticator", "… from my Google account". */
const FROM_ELSEWHERE = /^ (?:from|in|on|inside) (?:\S+ ){0,3}/;

/**
 * A provider, host or employer right before the deed does it: "my webmail provider deletes accounts", "they wipe
 * student accounts a year after graduation".
 */
const SERVICE_AS_SUBJECT =
  /\b(?:provider|isp|webmail|host|hoster|registrar|university|campus|college|school|institute|employer|company|service)s? $|\b(?:they|which) (?:\S+ly )?$/;

/** A mailbox's account, not the one on PyPI: "the campus deleted all the alumni email accounts". */
const MAIL_ACCOUNT = /\b(?:e-?mail|mail|alumni|student|staff) accounts?\b/;

/** "close" that ends its phrase is the adjective: "this one or something close), and I lost the account email". */
const CLOSE_ENDS_PHRASE = /^close[^\s\w]/;

/** "remove it from my account": what "it" is, the sentence named before. */
const PRONOUN_FROM_ACCOUNT = /^\S+ (?:it|them) from (?:my|the|our|this) account/;
const EVERY_FACTOR = new RegExp(A_FACTOR.source, 'g');
const EVERY_PROJECT = /\b(?:project|package|release)s?\b/g;

/** "you know about the lost key, and maybe you can remove it from my account": the factor, not the account. */
function pronounForAFactor(s: string, m: RegExpMatchArray): boolean {
  if (!PRONOUN_FROM_ACCOUNT.test(m[0])) return false;
  const before = s.slice(0, m.index);
  return lastMatch(EVERY_FACTOR, before) > lastMatch(EVERY_PROJECT, before);
}

/** A deletion told, not asked: "deleting the app deleted the accounts inside" (the gerund did it, in the past). */
const TOLD = /^(?:deleting|removing|wiping|closing)\b(?: \S+){0,3}? (?:deleted|removed|wiped|erased|closed)\b/;
/** Something else's habit, in the third person: "the provider deletes free accounts after a year" asks nothing. */
const HABIT = /^(?:deletes|removes|wipes|revokes|deactivates|closes)\b/;

function asksToDelete(s: string): boolean {
  for (const m of s.matchAll(EVERY_DELETE)) {
    if (TOLD.test(m[0]) || HABIT.test(m[0])) continue;
    if (A_FACTOR.test(m[0]) || ANOTHER_SERVICE.test(m[0]) || MAIL_ACCOUNT.test(m[0]) || CLOSE_ENDS_PHRASE.test(m[0]))
      continue;
    // "Yahoo deletes accounts after a year without sign-in": another service doing it, not an ask.
    const before = s.slice(Math.max(0, m.index - 24), m.index);
    if (ANOTHER_SERVICE.test(before) || SERVICE_AS_SUBJECT.test(before)) continue;
    // "remove an old work account from Microsoft Authenticator": an account inside another app or service.
    const from = FROM_ELSEWHERE.exec(s.slice(m.index + m[0].length, m.index + m[0].length + 50));
    if (from && (ANOTHER_SERVICE.test(from[0]) || A_FACTOR.test(from[0]))) continue;
    if (!pronounForAFactor(s, m)) return true;
  }
  return false;
}
/**
 * "my account to be deleted", "I'd like my account deleted": asked for. "(I had) deleted my Authy account" or
 * "Authy account deleted" in a list of what happened is not an ask.
 */
const GONE = 'deleted|removed|closed|wiped|taken down|taken off';
/** The factor on the account is what goes: "can the 2FA on this TestPyPI account be removed". */
const FACTOR_ON = `(?<!\\b(?:${TWO_FA}|keys?|devices?|phones?|tokens?) (?:on|of|for|from|in) (?:this |the |my |our |that )?(?:[\\w-]+ )?)`;
const DELETED = new RegExp(
  `(?:${FACTOR_ON}\\b(?:account|registration|package|project)s?|\`[\\w.-]+\`)(?: and (?:\\S+ ){0,8}?\\S+|, (?:[^\\s.]+ ){0,3}?[^\\s.]+)? (?:to be|be|being) (?:permanently |completely |fully |entirely )?(?:${GONE})\\b|\\b(?:want|like|need|please|have|get)\\b(?: \\S+){0,8}? (?:account|registration|package|project)s?(?: \`[\\w.-]+\`)? (?:${GONE})\\b|\\b(?:want|like|need|prefer) (?:it|this|them) (?:\\S+ )?(?:${GONE})\\b`,
);
/** One of those words at all: cheaper to find than the ask, and most requests have none. */
const GONE_WORD = words(GONE);
/** Erasure under data-protection law is deletion, whatever else the text says it wants. */
// Not a project's name: `gdpr-anonymizer` names a library, not an erasure asked for.
const ERASURE =
  /\b(?:gdpr|right to (?:be forgotten|erasure)|article 17)(?![\w-])(?<!-(?:gdpr|right to (?:be forgotten|erasure)|article 17))/;
/**
 * "I'd rather you just deleted the old account", "deleting `x` entirely would be fine by me", "I just want the
 * whole account gone": a deletion wished for, put to support.
 */
const RATHER_DELETED =
  /\b(?:want|like|need|prefer)\b(?: \S+){0,3}? (?:account|project|package)s? gone\b|\bdeleting (?:`[\w.-]+`|(?:the|my|this) (?:project|package|account)|it)(?: \S+){0,2}? (?:would be|is) (?:fine|ok|okay|best|easiest|preferable)\b|\b(?:rather|prefer(?:red)? (?:it )?if) you (?:just |simply |only )?(?:deleted|removed|closed|wiped|deactivated) (?:the|my|this|our|that)(?: old| whole)? (?:account|project|package)\b/;
/** Releases deleted by the admins, asked of them: "please delete those two releases", "could you remove 1.2.0". */
const DELETE_RELEASES =
  /\b(?:please|could you|can you|would you|(?:need|want|like|ask)\b(?: \S+){0,5}? (?:to|that you))(?: please)?(?: just| only| simply)? (?:delete|remove|yank|take down)(?: \S+){0,3}? (?:releases?|versions?|files?|wheels?|[\d.]+\d)\b|\b(?:need|want|like)(?: \S+){0,2}? (?:releases?|versions?|files?|wheels?|[\d.]+\d) (?:deleted|removed|yanked|taken down)\b|\b(?:need|want|like|asking|ask)\b(?: \S+){0,4}? (?:releases?|versions?) (?:v?[\d.]+\d |`[^`\s]+` )?(?:to be|be) (?:deleted|removed|yanked|taken down)\b/;
/** A project or account named without quotes, joined by a hyphen ("heron-old"), and where such a name ends. */
const BARE_NAME = '\\w+-[\\w.-]*\\w';
// "Please close it", "please delete `x`", and the recovery's only purpose: "recover my account only to delete `x`".
const NAME_ENDS = '(?=[\\s.,;:!?)]|$)';
const CLOSE_IT = new RegExp(
  `^(?:please )?close (?:it|this)\\b|\\b(?:please|(?:need|want|ask) you to|(?:only|just|solely) to) (?:just )?(?:delete|remove|close|deactivate)(?: or \\w+)? (?:it|this|them|(?:my |the |our )?\`[\\w.-]+\`(?!'s|’s| from)|${BARE_NAME}(?= for (?:me|us)))${NAME_ENDS}|\\b(?:don't|do not) need (?:this|the|my) account any ?more\\b|\\band (?:then )?(?:close|delete|deactivate) (?:\`[\\w.-]+\`|${BARE_NAME})${NAME_ENDS}`,
);

/** "please just disable this old account completely": the account itself switched off, asked of support. */
const DISABLE_ACCOUNT =
  /\b(?:please|could you|can you|would you|(?:need|want|like|ask) you to)(?: \S+){0,2}? disable (?:the|this|my|our|that)(?: old| whole| other| second)? account\b(?!['’]s)/;

/** "please take the package down", "could you take down my project": a deletion asked in other words. */
const TAKE_DOWN =
  /\b(?:please|could you|can you|would you|(?:want|like|ask) you to)(?: \S+){0,2}? take (?:down (?:the|my|our|this) (?:whole )?(?:project|package|account)|(?:the|my|our|this) (?:whole )?(?:project|package|account) (?:down|off))\b/;

/**
 * A word every deletion pattern above needs: one plain scan first, since most texts ask no deletion and the
 * patterns cost most where they find nothing.
 */
const DELETION_WORD =
  /delet|remov|wipe|revo|deactivat|disabl|clos|take|gone|gdpr|right to|article 17|need (?:this|the|my) account/;

/** The account or a project deleted, closed or erased, asked of support. */
export function asksDeletion(s: string): boolean {
  if (!DELETION_WORD.test(s)) return false;
  return (
    asksToDelete(s) ||
    (GONE_WORD.test(s) && DELETED.test(s)) ||
    CLOSE_IT.test(s) ||
    TAKE_DOWN.test(s) ||
    DISABLE_ACCOUNT.test(s) ||
    ERASURE.test(s) ||
    RATHER_DELETED.test(s)
  );
}

/** A yanked release restored ("could you unyank 1.4"): the owner does it once back in, so never the main ask alone. */
const UNYANK = /\bun-?yank\w*\b/;

export function asksToDeleteReleases(s: string): boolean {
  return DELETE_RELEASES.test(s) || UNYANK.test(s);
}
