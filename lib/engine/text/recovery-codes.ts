import { JUDGED_CHARS } from '../judge/tokens';
import { CODES, TWO_FA, followedBy, nearInClause, words, type Cue } from './cues/words';

/**
 * What a reason says about its recovery codes. Two rules read it: recovery_codes.consistent (codes at hand
 * contradict the ticked box) and reason.remaining_access (working codes are access; rejected ones are not).
 */

/** "I have my recovery codes", "the form made me tick the box": they could log in with one. */
const HAS_CODES: readonly RegExp[] = [
  new RegExp(
    // Not a hope ("I checked my drive in case I saved the codes"), nor a place named in passing ("the USB key
    // where I stored the recovery codes was damaged": whether they are still there is said elsewhere).
    `(?<!\\b(?:in case|if|whether|hoping|hope|hoped|wondering|sure|where|which) )\\b(?:i|we) (?:still |do |also |actually |really )*(?:have|got|kept|found|saved|stored) (?:all |my |the |our |some |working |valid |several |eight |\\d+ |a few |two |three |of )*(?:(?!no |not |never |none |zero |neither |a |an )\\S+ )?(?:${CODES}|my codes|the codes)\\b`,
  ),
  // Found since: "last week I found the paper with the recovery codes in my old wallet", "I've located my
  // recovery codes in an old notes file" (not "found no codes",
  // "never found", "found out that", nor past a clause's end: "found one from before), and checked … codes").
  new RegExp(
    `\\b(?:i|we)(?:'ve|'d)? (?:(?!never|not|haven't|hadn't|didn't|couldn't|still)\\S+ )?(?:found|located|dug up|turned up) (?!out\\b|that\\b|no\\b|none\\b|nothing\\b)(?:(?!no |not |none |nothing |only |but |without |except )[^\\s),;]+ ){0,12}?(?:${CODES})`,
  ),
  words(
    "(?:they|those|these|(?:recovery |backup )?codes) (?:should|would|will|must) (?:all )?still (?:work|be valid)|(?:rather not|prefer not to|don't want to|do not want to) (?:use|spend|burn|waste) (?:them|one|any|the (?:recovery |backup )?codes|my (?:recovery |backup )?codes)|rather than (?:use|using|spend|spending|burn|burning) them|(?:rather|prefer to) keep (?:them|those|these|the (?:last |remaining )?(?:\\S+ )?(?:codes|ones))|(?:getting|logging|signing) in (?:\\S+ ){0,4}?with (?:my |the )?(?:recovery|backup) codes|down to (?:my |the )?last (?:\\S+ )?(?:recovery |backup )?(?:codes?|two|one|few|three)|(?:recovery|backup) codes? (?:are|is) (?:safe|saved|stored|with me|here)|made me (?:tick|check)|only ticked|(?:ticked|checked) the (?:\\S+ ){0,4}?box(?: \\S+){0,4}? because|wouldn't submit|would not submit|(?:would not|wouldn't) let me (?:submit|send|post|file|continue|proceed)(?: \\S+){0,4}? (?:without|unless)|forced me to (?:tick|check)|checkbox (?:below )?is required|box (?:below )?is required",
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
 * to the nearest thing before it, or to the thing right after it.
 */
const OTHER_THING =
  /\b(?:session|cookies?|key|keys|keyring|token|link|password|passphrase|phone|laptop|computer|domain|certificate|subscription|card|sim|sync|syncing|upload)\b/;
const FAILS_THEN_THING = new RegExp(`^(?:${FAILS})\\b (?:\\S+ )?${OTHER_THING.source}`);
const EVERY_CODES_THEN_FAIL = new RegExp(CODES_THEN_FAIL.source, 'g');
const UP_TO_LAST_CODES = new RegExp(`^.*\\b(?:${CODES})`);
const FAIL_AT_END = new RegExp(`\\b(?:${FAILS})\\S*$`);

/** Said just before the codes: they were never made or kept. */
const NEVER_KEPT =
  /\b(?:never|didn't|did not|don't|do not|haven't|have not|hadn't|had not) (?:\S+ )?(?:saved|save|generated|generate|kept|keep|downloaded|download|made|make|wrote|write|printed|print|stored|store|created|create|had|have)(?: \S+){0,2} $/;

function codesFail(head: string): boolean {
  if (FAILED_CODES.test(head)) return true;
  for (const m of head.matchAll(EVERY_CODES_THEN_FAIL)) {
    // Codes never made or kept cannot be rejected: "I never saved the recovery codes (rookie error)".
    if (NEVER_KEPT.test(head.slice(Math.max(0, m.index - 60), m.index))) continue;
    // From the last naming of the codes: "one code in my notes app; that code is rejected".
    const span = m[0].replace(UP_TO_LAST_CODES, '');
    const failAt = span.search(FAIL_AT_END);
    if (OTHER_THING.test(span.slice(0, failAt))) continue;
    const failWord = m.index + m[0].length - (span.length - failAt);
    if (FAILS_THEN_THING.test(head.slice(failWord, failWord + 60))) continue;
    return true;
  }
  return false;
}

/** 2FA or codes someone else set up or changed: the account may have been taken over. */
const INTRUDER = 'attacker|hacker|someone else|somebody else|unauthori[sz]ed|without my (?:knowledge|permission)';
const INTRUDER_NEAR_2FA = nearInClause(INTRUDER, `${TWO_FA}|${CODES}|codes`, 8);
const INTRUDER_WORD = words(INTRUDER);
const CODES_CHANGED: readonly Cue[] = [
  // In one clause: "the old number now belongs to someone else), checking my other devices (Authy" is two.
  // (The intruder is looked for first: most texts name none, and the pairing costs the most.)
  { test: (t) => INTRUDER_WORD.test(t) && INTRUDER_NEAR_2FA.test(t) },
  // "someone changed the 2FA", not "so that someone can reset the 2FA" (support, asked to).
  new RegExp(
    `\\bsomeone (?:has |had )?(?:changed|reset|added|enabled|disabled|set up|turned on|turned off|replaced|removed)\\b(?: \\S+){0,4}? (?:${TWO_FA}|${CODES}|codes)`,
  ),
  followedBy(CODES, '(?:were|was|have been|had been|got) (?:reset|changed|regenerated|replaced)', 2),
  /\bnew (?:recovery|backup) codes (?:were|was|have been|had been) (?:generated|created)/,
];

/**
 * 2FA or codes another person set up or made ("set up by our former lead", "my son set up two-factor for me",
 * "the recovery codes he generated"), or 2FA turned on by someone who was not the writer: whoever made the
 * codes may hold them, and support will ask. A warning, never a block.
 */
const PERSON =
  '(?:maintainer|co-maintainer|owner|cto|son|daughter|granddaughter|grandson|nephew|niece|brother|sister|father|mother|dad|mum|mom|cousin|uncle|aunt|kid|colleague|husband|wife|partner|friend|admin|administrator|developer|engineer|lead|employee|student|coordinator|predecessor|contractor|volunteer|it department|it team|he|she)';
const MADE_BY_OTHERS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:${TWO_FA}) (?:\\S+ ){0,4}?(?:was|were|had been|has been) (?:\\S+ ){0,2}?(?:set up|enabled|configured|created|secured) by (?!me\\b|myself\\b)`,
  ),
  /\b(?:created|set up) and secured (?:\S+ ){0,5}?by (?!me\b|myself\b)/,
  new RegExp(
    `\\b${PERSON} (?:\\S+ ){0,2}?(?:set up|enabled|configured|turned on|generated|created|handled) (?:the |my |our |his |her |any )?(?:${TWO_FA}|${CODES}|codes)`,
  ),
  /\b(?:2fa|two-factor|two factor|mfa) (?:had been|has been|was) (?:enabled|added|turned on)\b[^.]{0,80}[.!]?\s*(?:i did neither|that wasn't me|it wasn't me|i didn't|i did not)/,
];

/**
 * Whoever made them said to hold nothing ("he has since reset that phone and no longer has the codes", "no
 * codes exist anywhere in the company"): support has nobody left to ask, and the box is consistent.
 */
const ACCOUNTED_FOR: readonly RegExp[] = [
  /\b(?:he|she|they)(?: \S+){0,3}? (?:no longer ha(?:s|ve)|ha(?:s|ve) no|ha(?:s|ve) nothing|does not have|doesn't have|do not have|don't have|never (?:saved|kept|stored|generated|had|made)|(?:wiped|reset|erased|lost|sold|returned) (?:that|the|his|her|their))\b/,
  /\b(?:he|she|they) ha(?:s|ve) (?:\S+ ){1,4}?nowhere\b/,
  // They looked and found nothing, or answered no: "she looked through her old drive for the codes and found
  // nothing", "asked him whether he kept a copy (he did not)".
  /\b(?:he|she|they) (?:looked|searched|checked|went through)\b[^.]{0,100}?\b(?:found nothing|found none|found no|without (?:success|luck)|no luck)\b/,
  /\((?:he|she|they) (?:did not|didn't|does not|doesn't|had not|hadn't)\)/,
  new RegExp(`\\bno (?:${CODES}|codes) (?:\\S+ ){0,2}?exist`),
  new RegExp(`\\b(?:${CODES}|codes|totp|authenticator|entry) (?:\\S+ ){0,4}?(?:are|is|were|was) (?:all )?gone\\b`),
];

/** A place codes are kept: saying they are there says they are at hand. */
const PLACE =
  /\b(?:password manager|vault|bitwarden|vaultwarden|1password|keepass\w*|lastpass|dashlane|keeper|enpass|proton pass|drawer|safe|pdf|text file|file|notes?|notebook|paper|sheet|printout|printed|nas|icloud|google drive|dropbox|onedrive|usb stick)\b/;
/** Having them now: "I have", "I've got", "it holds", "I keep". */
const HAVE_NOW = /\b(?:have|has|'ve got|got|hold|holds|holding|keep|keeps|possess)\b/;
/** Where codes are now ("are in", "is in"): a place said in the present. */
const ARE_THERE = /\b(?:are|is|'re|sit|sits)\b/;
/** Anything that makes the clause about codes not at hand: a negation, a doubt, a wish, a search, a loss. */
const NOT_AT_HAND =
  /\b(?:no|not|never|none|neither|nor|without|can't|cannot|couldn't|don't|didn't|doesn't|wasn't|isn't|weren't|aren't|lost|lose|missing|gone|deleted|thought|think|believed?|should have|would have|could have|wish|ought to|meant to|assumed?|supposed|hoped?|might|maybe|perhaps|probably|whether|in case|if|look\w*|search\w*|research\w*|check\w*|find|tried|try|no luck|used up|all used|expired|old|previous|before|were|was|had|held|used to|back then)\b/;
/** A list's lead that says its items are held now. */
const LEAD_HOLDS = /\bstill\b|\b(?:have|'ve got|got|keep|hold|possess):$/;
const CODES_WORD = /\b(?:recovery|backup|back-up|rescue)[- ]codes?\b/;
const BARE_CODES = /\b(?:the|those|my|all|eight|8|\d+) codes\b/;

/** What codes are kept on or as: "that sheet is still in my desk", "I still have this PDF", "it's still there". */
const KEPT_AS =
  /\b(?:sheet|page|card|notebook|diary|journal|envelope|binder|folder|file|pdf|photo|picture|screenshot|printout|print-out|paper|copy|list|note|them|those|it|it's|ones|rest|remaining|(?:two|three|four|five|six|seven|eight|\d+) (?:that are |which are )?left)\b/;
/** Having them, said of them: "I have them printed", "we keep those in the safe". */
const HAVE_THEM = /\b(?:i|we) (?:still |do |actually |also )?(?:have|keep|hold|'ve got) (?:them|those|these)\b/;
/** Where they are now, said without "still": "that notebook is right here on my desk", "the page is in my folder". */
const PRESENT =
  /\b(?:still|right here|here with me|at hand|in front of me|on my desk|sitting (?:in|on)|(?:is|are|'s|'re) (?:kept |stored |filed )?(?:in|inside|on) (?:my|our))\b/;
/** "I searched my mail, my laptop, and the notebook I keep for the codes": the rest of the sentence was searched. */
// Not a box: "the form needed the box checked, so I checked it, but I have the codes" searched nothing.
const SEARCHED =
  /\b(?:search\w*|look\w* (?:for|through|in)|check\w*(?! (?:it|that|the (?:\S+ ){0,3}?box)\b)|went through|dug through|tried)\b/;
/** A purpose or a plan: "reset it so I can enrol a new device and, this time, keep the recovery codes". */
const PURPOSE =
  /\b(?:so (?:that )?(?:i|we) (?:can|could|will|may)|in order to|to be able to|next time|this time|from now on|in (?:the )?future)\b/;
/** Another service's codes ("I got back into GitHub with its recovery codes") say nothing of PyPI's. */
const ANOTHER_SERVICE =
  /\b(?:github|gitlab|google|gmail|microsoft|outlook|apple|icloud|aws|discord|slack|its)(?:'s)?(?: \S+){0,3}? (?:recovery|backup) codes|\b(?:recovery|backup) codes (?:for|of|from) (?:my )?(?:github|gitlab|google|gmail|microsoft|apple|icloud|aws)\b/;
/** "with none of them used" says every code is still good, not that none is at hand. */
const NONE_USED = /\bnone of them (?:has |have )?(?:ever )?(?:been |is |are )?(?:used|spent)\b/g;

/**
 * Codes said to be at hand: in one clause ("I've still got the recovery codes in a PDF", "my recovery codes
 * are still in my vault", "a printed sheet with the codes in a drawer", once the text has named recovery
 * codes), or in the next clause of a sentence that names them ("I printed the codes, and that sheet is still
 * in my desk"). The clause that holds them must say so plainly: no negation, doubt or search in it.
 */
function heldInAClause(head: string): boolean {
  if (!CODES_WORD.test(head)) return false;
  for (const { clause: said, lead, named, governed } of clausesOf(head)) {
    const clause = said.replace(NONE_USED, 'all unused');
    if (governed || ANOTHER_SERVICE.test(clause) || PURPOSE.test(clause)) continue;
    const codes = CODES_WORD.test(clause) || BARE_CODES.test(clause);
    // Once the sentence named them, "that sheet is still in my desk" or "in fact I have them printed" holds them.
    if (!codes && !(named && (PRESENT.test(clause) || HAVE_THEM.test(clause)) && KEPT_AS.test(clause))) continue;
    // The lead's own claim is its first part: "what I still have, so you can check:" still holds them.
    if (NOT_AT_HAND.test(clause) || NOT_AT_HAND.test(lead.split(',')[0]!)) continue;
    if (PRESENT.test(clause) || HAVE_NOW.test(clause) || (PLACE.test(clause) && ARE_THERE.test(clause))) return true;
    // "What I still have: - the recovery codes": the list's lead says they are held ("I have done:" does not).
    if (LEAD_HOLDS.test(lead)) return true;
  }
  return false;
}

/**
 * Clauses, each with the line that introduces its list ("what I still have:") when it is a list item's first,
 * whether its sentence named recovery codes before it, and whether it is the object of a search or a purpose said
 * before ("so I can … keep the codes").
 * Normalising joins lines (analysis.ts keeps only the breaks before list items, headings and labels), so a
 * list's dashes and bullets are where its items part.
 */
interface CodesClause {
  clause: string;
  lead: string;
  named: boolean;
  /** What a search or a purpose said before it governs: "I searched … the notebook", "so I can … keep them". */
  governed: boolean;
}

function clausesOf(head: string): CodesClause[] {
  const out: CodesClause[] = [];
  let lead = '';
  for (const item of head.split(/\s[-*•–—]\s/)) {
    let first = true;
    const sentences = item.split(/[.!?\n]+/);
    for (const sentence of sentences) {
      // A sentence that names no codes cannot say they are held: not split any further.
      if (!CODES_WORD.test(sentence) && !BARE_CODES.test(sentence)) {
        first = false;
        continue;
      }
      let named = false;
      let governed = false;
      for (const clause of sentence.split(/[;,]+| but /)) {
        out.push({ clause, lead: first ? lead : '', named, governed });
        first = false;
        named ||= CODES_WORD.test(clause);
        governed ||= SEARCHED.test(clause) || PURPOSE.test(clause);
      }
    }
    // The lead is the whole sentence before the colon: "here's what I've still got, so you can check:".
    const last = sentences.at(-1)?.trim() ?? '';
    if (last.endsWith(':')) lead = last;
  }
  return out;
}

/**
 * A doubt about keeping them, or their loss, in the same sentence undoes "I kept the codes": "I think I kept
 * them in a note on that phone, so they went with it" ("I'm not sure how to use them" does not).
 */
const UNDONE =
  /\b(?:think|thought|believe|believed|guess|maybe|perhaps|probably) (?:that )?(?:i|we) (?:still |also )?(?:have|had|kept|saved|stored|got)\b|\b(?:went|gone) with it\b/;

function saysHeld(head: string): boolean {
  // Most requests say nothing of the kind: one pass over the whole text first, sentence by sentence only then.
  if (!HAS_CODES.some((c) => c.test(head))) return false;
  return head.split(/(?<=[.!?])\s+/).some((s) => HAS_CODES.some((c) => c.test(s)) && !UNDONE.test(s));
}

export interface CodesReading {
  /** The text says codes are at hand. */
  held: boolean;
  /** The text says codes are rejected, or someone else changed 2FA. */
  troubled: boolean;
}

export function readRecoveryCodes(norm: string): CodesReading {
  // The writer's own story is in the part the judge reads; past it lies pasted material (logs, mails), where
  // a quoted "invalid recovery code" is not the writer speaking, and a megabyte of it would cost the most here.
  const head = norm.slice(0, JUDGED_CHARS);
  return {
    held: saysHeld(head) || heldInAClause(head),
    troubled:
      codesFail(head) ||
      CODES_CHANGED.some((c) => c.test(head)) ||
      (MADE_BY_OTHERS.some((c) => c.test(head)) && !ACCOUNTED_FOR.some((c) => c.test(head))),
  };
}
