import { FRUITLESS } from '../judge/lexicon/attempt-words';
import { JUDGED_CHARS } from '../judge/tokens';
import { FIND, heldInAClause } from './codes-held';
import { madeOrChangedByOthers } from './codes-made-by-others';
import { CODES, followedBy, sentencesOf, words } from './cues/words';

/**
 * What a reason says about its recovery codes. Two rules read it: recovery_codes.consistent (codes at hand
 * contradict the ticked box) and reason.remaining_access (working codes are access; rejected ones are not).
 */

/** The codes named, then within the same sentence (at most `within` characters on) what is said of them. */
function laterInTheSentence(within: number, said: string, codes = `${CODES}|codes`): RegExp {
  return new RegExp(`\\b(?:${codes})\\b[^.!?]{0,${within}}?\\b${said}`);
}

/** "I have my recovery codes", "the form made me tick the box": they could log in with one. */
const HAS_CODES: readonly RegExp[] = [
  new RegExp(
    // Not a hope ("I checked my drive in case I saved the codes"), nor a place named in passing ("the USB key
    // where I stored the recovery codes was damaged": whether they are still there is said elsewhere), nor past a
    // comma ("I have the email, recovery codes were never printed").
    `(?<!\\b(?:in case|if|whether|hoping|hope|hoped|wondering|sure|where|which) )\\b(?:i|we)(?:'ve)? (?:still |do |also |actually |really )*(?:have|got|kept|found|saved|stored|carry) (?:all |my |the |our |some |working |valid |several |eight |\\d+ |a few |two |three |of )*(?:(?:printed |paper )?(?:sheet|list|page|file|printout|copy|card|pdf) (?:of|with) (?:the |my |our )?)?(?:(?!no |not |never |none |zero |neither |a |an )[^\\s,;:]+ )?(?:${CODES}|my codes|the codes)\\b`,
  ),
  // Found since: "last week I found the paper with the recovery codes in my old wallet", "I've located my recovery
  // codes in an old notes file", "I looked again and found pypi-recovery-codes.txt" (not "found no codes", "never
  // found", "found out that", nor past a clause's end: "found one from before), and checked … codes").
  new RegExp(
    `\\b(?:i|we)(?:'ve|'d)? (?:(?!never|not|haven't|hadn't|didn't|couldn't|still)\\S+ ){0,4}?(?:found|did find|located|dug up|dug out|turned up) (?!out\\b|that\\b|no\\b|none\\b|nothing\\b)(?:(?!no |not |none |nothing |only |but |without |except )[^\\s),;]+ ){0,12}?\\S*?(?:${CODES})`,
  ),
  // Kept somewhere named, said of them by a pronoun: "PyPI gave me some codes, and they are saved in my notes app".
  laterInTheSentence(
    80,
    "(?:they|those|these)(?:'re| are) (?:still |all |safely )?(?:saved|stored|kept|written down) (?:in|on|at)\\b",
  ),
  // Found, said after them: "a search for the recovery codes, which I did actually find, in an encrypted note".
  laterInTheSentence(40, 'which (?:i|we) (?:did )?(?:actually |eventually |finally |then )?(?:find|found|located)\\b'),
  // Kept, with the codes named first: "the recovery codes I saved in my e-mail drafts … I can open them any time".
  new RegExp(
    `\\b(?:${CODES}) (?:that |which )?(?:i|we) (?:still )?(?:saved|stored|kept|put) (?:in|on|at|into) (?:my|our)\\b`,
  ),
  laterInTheSentence(100, '(?:i|we) can (?:still )?(?:find|see|open|access|read|get to) (?:them|those|these)\\b'),
  // Said of them by a pronoun: "Looked for the recovery codes: I do have them in a Keep note" (not a hope: "in
  // case I have them in a note").
  laterInTheSentence(
    80,
    '(?<!\\b(?:in case|if|whether|hoping|hope|sure|where|wonder) )(?:i|we) (?:do |still |also |actually )*(?:have|keep) (?:them|those|these|all (?:of )?them) (?:in|on|at|safe|somewhere)\\b',
  ),
  // Kept in a place since brought back: "the recovery codes were in my password manager, which I've restored from
  // backup" (not "… on the laptop, which was stolen": that place is gone).
  new RegExp(
    `\\b(?:${CODES})\\b (?:were|was|are|is) (?:all |also )?(?:saved |stored |kept )?(?:in|on) [^.!?]{0,60}?\\bwhich (?:i|we)(?:'ve| have)? (?:since |now |already |just )?(?:restored|recovered|got back|unlocked)\\b`,
  ),
  // Found after a search for them: "searching my files for the recovery codes: yesterday I found them".
  laterInTheSentence(
    80,
    "(?:i|we)(?:'ve)? (?:(?!never|not|haven't|didn't|couldn't)\\S+ ){0,2}?(?:found|located|dug out|dug up) (?:them|those|these)\\b",
    CODES,
  ),
  words(
    "(?:they|those|these|(?:recovery |backup )?codes) (?:should|would|will|must) (?:all )?(?:still )?(?:all )?(?:work|be valid)|(?:have|got) (?:a single|one|two|three|four|five|six|seven|\\d+) (?:unused |valid |working )?(?:ones?|codes?|recovery codes?) left|(?:rather not|prefer not to|(?:don't|do not|didn't|did not) want to) (?:use|spend|burn|waste) (?:them|one|any|(?:the|my|our|those|these) (?:recovery |backup )?codes)|rather than (?:use|using|spend|spending|burn|burning) them|(?:rather|prefer to) keep (?:them|those|these|the (?:last |remaining )?(?:\\S+ )?(?:codes|ones))|(?:like|want|wish|hope|hoping) to keep (?:the|my|our) (?:last|remaining) (?:\\S+ )?(?:codes|ones)|(?:get|getting|log|logging|sign|signing) in (?:\\S+ ){0,4}?(?:with|using) (?:one of )?(?:my |the )?(?:recovery|backup) codes?|(?<!\\bif )(?:i|we) (?:could|can) (?:still )?(?:use|log in with|sign in with) (?:one|them|those|these|a code|an? (?:recovery|backup) code|one of (?:them|the codes))\\b|(?:haven't|have not) used (?:any|one|a single one)(?: of them)? yet|(?:did not|didn't|have not|haven't) (?:yet )?used? (?:the|my|our) (?:recovery |backup )?codes yet|not (?:comfortable|happy|keen) (?:to |with )?(?:use|using) (?:them|those|these|the codes)|(?<!\\bno )(?:recovery|backup) codes (?:do|still) exist|down to (?:my |the )?last (?:\\S+ )?(?:recovery |backup )?(?:codes?|two|one|few|three)|(?:recovery|backup) codes? (?:are|is) (?:safe|saved|stored|with me|here)|(?:recovery|backup) codes (?:are|is) (?:still |all )?(?:in|on) (?:my|our) |(?:than|instead of|rather than|without) (?:burn|burning|spend|spending|using up|use up) (?:a|one|any|a single) (?:code|of them)|(?:than|instead of|rather than) (?:burn|burning|spend|spending|use|using)(?: through| up)? (?:them|those|these)\\b|made me (?:tick|check)|only ticked|(?:ticked|checked) the (?:\\S+ ){0,4}?box(?: \\S+){0,4}? because|wouldn't submit|would not submit|(?:would not|wouldn't) let me (?:submit|send|post|file|continue|proceed)(?: \\S+){0,4}? (?:without|unless)|forced me to (?:tick|check)|checkbox (?:below )?is required|box (?:below )?is required|(?:form|it) (?:required|needed|demanded) (?:the |that |this )?(?:\\S+ )?(?:check)?box",
  ),
  // One of them used just now, so the rest are at hand: "I already signed in with one of the recovery codes" (not
  // "I have logged in with recovery codes a few times", which may have used them up).
  /\b(?:got|logged|signed) in (?:\S+ ){0,3}?(?:with|using) (?:one of (?:my |the )?(?:recovery|backup) codes|an? (?:recovery|backup) code)\b/,
  // The box said to be untrue: "the checkbox above is not quite true for me".
  /\b(?:box|checkbox|tick)(?: (?:above|below|about (?:the )?(?:recovery )?codes))? (?:is|was)(?:n't| not) (?:quite |really |entirely |strictly |actually |completely )?(?:true|accurate|correct|right)\b/,
  // Kept by someone close who can pass them on: "my wife saved them in her drive, and she can send them to me".
  /\b(?:he|she|they) can (?:send|give|forward|read|pass) (?:them|those|these|the codes|the (?:recovery |backup )?codes) (?:to|on to) (?:me|us)\b/,
  // "I used one recovery code to get in and still have seven unused ones", "I used one of my recovery codes this
  // morning to check that I could still get in", "used one of my saved recovery codes to log in and look around".
  /\bused (?:one|a|an) (?:of (?:my |the |our )?(?:saved |printed |stored |remaining )?)?(?:recovery |backup )?codes?(?: \S+){0,3}? to (?:get|log|sign|check)\b|\bstill (?:have|'ve got|got) (?:\S+ )?(?:unused|remaining|spare|valid|working) (?:ones|codes)\b/,
  // Tried and working: "I tried one and it let me straight in", "the recovery codes are fine"; and the last of them
  // kept: "I have the last one here on paper".
  words(
    "(?:i|we) (?:still )?(?:have|'ve got|got|kept) (?:the|my|our) (?:very )?(?:last|other|remaining) (?:one|code|two|three|four|five|six|seven|few|\\d)|(?:i|we) can (?:still )?(?:find|see|open|access|read) (?:the |my |all )?(?:\\S+ )?(?:recovery|backup) codes|" +
      'tried (?:one|a code|one of them|the first one)(?: \\S+){0,3}? (?:and )?(?:it )?(?:let me|got me|logged me|worked)|(?:recovery|backup) codes (?:are|were) (?:all )?(?:fine|valid|good|working|usable)',
  ),
];

/** Codes that exist but fail. */
const FAILS =
  "already been used|already used|invalid|expired|rejected|not working|don't work|doesn't work|do not work|does not work|didn't work|did not work|not accepted|not valid|fail\\w*|error";
/** "the recovery codes … were rejected": the failure said after the codes (checked by codesFail below). */
const CODES_THEN_FAIL = followedBy(CODES, FAILS, 16);
/** "invalid recovery codes": the failure right before them. */
const FAILED_CODES = followedBy('invalid|expired|wrong|rejected', CODES, 1);
/**
 * A failure said of something else named on the way: "recovery codes (never saved), and the browser session
 * (long expired)", "the codes were in an encrypted file, but I deleted the expired key". A failure word belongs
 * to the nearest thing before it, or to the thing right after it ("the codes were on it; the shop said the SSD
 * controller failed").
 */
const OTHER_THING =
  /\b(?:session|cookies?|key|keys|keyring|token|link|password|passphrase|phone|laptop|computer|tablet|device|ssd|disk|hard drive|controller|motherboard|battery|screen|domain|certificate|subscription|card|sim|sync|syncing|upload)\b/;
const FAILS_THEN_THING = new RegExp(`^(?:${FAILS})\\b (?:\\S+ )?${OTHER_THING.source}`);
const EVERY_CODES_THEN_FAIL = new RegExp(CODES_THEN_FAIL.source, 'g');
const UP_TO_LAST_CODES = new RegExp(`^.*\\b(?:${CODES})`);
const FAIL_AT_END = new RegExp(`\\b(?:${FAILS})\\S*$`);

/** Said just before the codes: they were never made or kept. */
const NEVER_KEPT =
  /\b(?:never|didn't|did not|don't|do not|haven't|have not|hadn't|had not) (?:\S+ )?(?:saved|save|generated|generate|kept|keep|downloaded|download|made|make|wrote|write|printed|print|stored|store|created|create|had|have)(?: \S+){0,2} $/;

/** Said right before the codes: they were searched for ("searched for the recovery codes, both failed"). */
const SOUGHT = /\b(?:search\w*|look\w*|hunt\w*|dug|digging) (?:\S+ ){0,3}?for (?:\S+ )?$/;

/** Found after all: the search that came before them succeeded. */
const FOUND_SINCE = words(FIND);

/** The place they were kept, right before the failure word: "the file is expired", "that folder was deleted". */
const HOLDER_FAILED = /\b(?:file|files|folder|attachment|transfer|link)\b(?: \S+){0,2} $/;

/** Said right before the codes: there are none ("no recovery codes; the app's restore failed"). */
const NONE_BEFORE = /\b(?:no|without|zero)(?: \S+)? $/;

const USED_TO_GET_IN =
  /^already used(?:(?: \S+){0,4}? (?:to (?:log|sign|get) ?(?:in|into|on)|for (?:\S+ )?(?:log-?ins?|sign-?ins?|logging in|signing in))| (?:one|two|three|four|five|six|seven|\d+|some|most|a few|several) (?:of (?:them|those|the|my)\b|codes?\b))/;

/** Any failure word at all: most texts have none, and one plain pass finds that before the paired search. */
const ANY_FAIL = new RegExp(`\\b(?:${FAILS}|wrong)`);

function codesFail(head: string): boolean {
  if (!ANY_FAIL.test(head)) return false;
  if (FAILED_CODES.test(head)) return true;
  for (const m of head.matchAll(EVERY_CODES_THEN_FAIL)) {
    // Codes never made or kept cannot be rejected: "I never saved the recovery codes (rookie error)".
    const before = head.slice(Math.max(0, m.index - 60), m.index);
    if (NEVER_KEPT.test(before) || NONE_BEFORE.test(before)) continue;
    // Sought and not found: the search failed ("looked for them and found one line … it is invalid" did find).
    if (SOUGHT.test(before) && !FOUND_SINCE.test(m[0])) continue;
    // From the last naming of the codes: "one code in my notes app; that code is rejected".
    const span = m[0].replace(UP_TO_LAST_CODES, '');
    const failAt = span.search(FAIL_AT_END);
    if (OTHER_THING.test(span.slice(0, failAt))) continue;
    const failWord = m.index + m[0].length - (span.length - failAt);
    // What held them failed, not the codes: "saved in a file transfer, but the file is expired".
    if (HOLDER_FAILED.test(head.slice(Math.max(0, failWord - 40), failWord))) continue;
    if (FAILS_THEN_THING.test(head.slice(failWord, failWord + 60))) continue;
    // Spent, and they worked: "I already used two of them to log in", "already used seven of the eight" tell codes
    // at hand, not refused.
    if (USED_TO_GET_IN.test(head.slice(failWord, failWord + 80))) continue;
    return true;
  }
  return false;
}

/**
 * A doubt about keeping them, their loss, or a search for them that failed, in the same sentence undoes "I kept
 * the codes": "I think I kept them in a note on that phone, so they went with it", "I saved them on a flash drive
 * and have looked for it, without success", "I saved them in a note, but I deleted that note last year" ("I'm not sure
 * how to use them" does not; nor does "couldn't find where to add a new key", a setting not found).
 */
const UNDONE =
  /\bnowhere\b|\b(?:cannot|can't|can not|couldn't|could not|no longer|unable to) (?:\S+ )?(?:reach|access|open|get to|get at|find(?! (?:where|how|out|a way|the (?:page|setting|settings|option|menu|button|place))\b)|locate|see (?:them|it|the (?:recovery |backup )?codes))\b|\b(?:think|thought|believe|believed|guess|maybe|perhaps|probably) (?:that )?(?:i|we) (?:still |also |had )?(?:have|had|kept|saved|stored|got|found)\b|\b(?:went|gone) with it\b|\b(?:they|those|these|codes|sheet|note|file|paper|printout)(?: all)? (?:were|was|got|are|is) (?:\S+ )?(?:stolen|lost|destroyed|wiped|deleted|gone)\b|\b(?:is|was|were|are) (?:completely |totally )?(?:empty|blank|corrupt\w*|unreadable)\b|\b(?:which|that) (?:is|was|are|were|has been|had been|got) (?:now |since |also )?(?:gone|lost|stolen|wiped|destroyed|returned|dead|broken)\b|\b(?:i|we) (?:later |then |since |accidentally |mistakenly )?(?:deleted|erased|wiped|lost|threw (?:away|out)|binned|shredded|recycled|overwrote) (?:that|this|the|those|these|it|them)\b(?! (?:phone|device|laptop|key|app|authenticator)\b)|\b(?:every|each|all)(?: one| code)?(?: of them| on it)?(?: \S+){0,2}? (?:has|have) (?:already )?been used\b|\bused (?:them )?(?:all )?up\b|\bnone (?:is|are) left\b|\b(?:forgot|forgotten) (?:its|the|that|their) (?:passphrase|password|pin)\b/;

/** Nothing found where they were kept: "… and have looked for it, without success", "no recovery codes are in our drive". */
const NONE_FOUND = new RegExp(`\\b(?:${FRUITLESS.join('|')}|found nothing|no (?:recovery |backup )codes)\\b`);

/**
 * Codes of the writer's other accounts: "I re-added most accounts by logging in with backup codes", "I have
 * recovery codes for GitHub".
 */
const OTHER_ACCOUNTS =
  /\b(?:other|most|those|these|the rest of (?:my|the)|remaining) (?:accounts|services|sites|logins)\b|\b(?:recovery|backup) codes (?:for|of|from) (?:my )?(?:github|gitlab|google|gmail|microsoft|apple|icloud|aws|discord|slack)\b/;

/** All of HAS_CODES as one alternation: one scan of a long text costs two thirds of twelve. */
const ANY_HAS_CODES = new RegExp(HAS_CODES.map((c) => `(?:${c.source})`).join('|'));

function saysHeld(head: string): boolean {
  // Most requests say nothing of the kind: one pass over the whole text first, sentence by sentence only then.
  if (!ANY_HAS_CODES.test(head)) return false;
  return sentencesOf(head).some(
    (s) => HAS_CODES.some((c) => c.test(s)) && !UNDONE.test(s) && !NONE_FOUND.test(s) && !OTHER_ACCOUNTS.test(s),
  );
}

/** The codes themselves said to be lost, in any sentence: "so I have lost the codes too". */
const LOST_LATER =
  /\b(?:i|we) (?:have |had |'ve )?(?:now |also |therefore )?(?:lost|no longer have) (?:access to )?(?:the|my|our|those|these) (?:recovery |backup )?codes(?: too| as well| with it| with them)?(?=[.,;!]|$)/;

export interface CodesReading {
  /** The text says codes are at hand. */
  held: boolean;
  /** The text says codes are rejected, or someone else changed 2FA. */
  troubled: boolean;
  /** The text says codes are rejected. */
  refused: boolean;
}

export function readRecoveryCodes(norm: string): CodesReading {
  // The writer's own story is in the part the judge reads; past it lies pasted material (logs, mails), where
  // a quoted "invalid recovery code" is not the writer speaking, and a megabyte of it would cost the most here.
  const head = norm.slice(0, JUDGED_CHARS);
  const refused = codesFail(head);
  return {
    // "… so I have lost the codes too", said after where they were kept, takes them back.
    held: (saysHeld(head) || heldInAClause(head)) && !LOST_LATER.test(head),
    troubled: refused || madeOrChangedByOthers(head),
    refused,
  };
}
