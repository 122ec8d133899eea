import { JUDGED_CHARS } from '../judge/tokens';
import { CODES, TWO_FA, followedBy, near, words } from './cues/words';

/**
 * What a reason says about its recovery codes. Two rules read it: recovery_codes.consistent (codes at hand
 * contradict the ticked box) and reason.remaining_access (working codes are access; rejected ones are not).
 */

/** "I have my recovery codes", "the form made me tick the box": they could log in with one. */
const HAS_CODES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:i|we) (?:still |do |also |actually |really )*(?:have|got|kept|found|saved|stored) (?:all |my |the |our |some |working |valid |several |eight |\\d+ |a few |two |three |of )*(?:${CODES}|my codes)`,
  ),
  words(
    "(?:recovery|backup) codes? (?:are|is) (?:safe|saved|stored|with me|here)|made me (?:tick|check)|only ticked|ticked the box because|checked the box because|wouldn't submit|would not submit|would not let me|wouldn't let me|forced me to (?:tick|check)|checkbox (?:below )?is required|box (?:below )?is required",
  ),
];

/** Codes that exist but fail. */
const FAILS =
  "already been used|already used|invalid|expired|rejected|not working|don't work|doesn't work|do not work|does not work|didn't work|did not work|not accepted|not valid|fail\\w*|error";
const CODES_FAIL: readonly RegExp[] = [
  followedBy(CODES, FAILS, 12),
  followedBy('invalid|expired|wrong|rejected', CODES, 1),
];

/** 2FA or codes someone else set up or changed: the account may have been taken over. */
const CODES_CHANGED: readonly RegExp[] = [
  near(
    'attacker|hacker|someone else|somebody else|someone|unauthori[sz]ed|without my (?:knowledge|permission)',
    `${TWO_FA}|${CODES}|codes`,
    8,
  ),
  followedBy(CODES, '(?:were|was|have been|had been|got) (?:reset|changed|regenerated|replaced)', 2),
  /\bnew (?:recovery|backup) codes (?:were|was|have been|had been) (?:generated|created)/,
];

/** A place codes are kept: saying they are there says they are at hand. */
const PLACE =
  /\b(?:password manager|vault|bitwarden|vaultwarden|1password|keepass\w*|lastpass|dashlane|keeper|enpass|proton pass|drawer|safe|pdf|text file|file|notes?|notebook|paper|sheet|printout|printed|nas|icloud|google drive|dropbox|onedrive|usb stick)\b/;
/** Having them now: "I have", "I've got", "it holds", "I keep". */
const HAVE_NOW = /\b(?:have|has|'ve got|got|hold|holds|holding|keep|keeps|possess)\b/;
/** Where codes are now ("are in", "is in"): a place said in the present. */
const ARE_THERE = /\b(?:are|is|'re|sit|sits)\b/;
/** Anything that makes the clause about codes not at hand: a negation, a doubt, a search, a loss. */
const NOT_AT_HAND =
  /\b(?:no|not|never|none|without|can't|cannot|couldn't|don't|didn't|doesn't|wasn't|isn't|weren't|lost|lose|missing|gone|deleted|thought|think|believed?|assumed?|supposed|hoped?|might|maybe|perhaps|probably|whether|in case|if|look\w*|search\w*|check\w*|find|found|tried|try|no luck|used up|all used|expired|old|previous|before|were|was|had|held|used to|back then)\b/;
const CODES_WORD = /\b(?:recovery|backup|back-up|rescue) codes?\b/;
const BARE_CODES = /\b(?:the|those|my|all|eight|8|\d+) codes\b/;

/**
 * Codes said to be at hand in one clause: "I've still got the recovery codes in a PDF", "my recovery codes
 * are still in my vault", "a printed sheet with the codes in a drawer" (once the text has named recovery
 * codes). The clause must say so plainly: no negation, doubt or search in it.
 */
function heldInAClause(norm: string): boolean {
  // The part of the reason the judge reads too: what lies past it is pasted material, not the writer's story.
  const head = norm.slice(0, JUDGED_CHARS);
  if (!CODES_WORD.test(head)) return false;
  for (const clause of head.split(/[.!?;,\n]+| but /)) {
    if (!CODES_WORD.test(clause) && !BARE_CODES.test(clause)) continue;
    if (NOT_AT_HAND.test(clause)) continue;
    if (/\bstill\b/.test(clause) || HAVE_NOW.test(clause) || (PLACE.test(clause) && ARE_THERE.test(clause)))
      return true;
  }
  return false;
}

export interface CodesReading {
  /** The text says codes are at hand. */
  held: boolean;
  /** The text says codes are rejected, or someone else changed 2FA. */
  troubled: boolean;
}

export function readRecoveryCodes(norm: string): CodesReading {
  return {
    held: HAS_CODES.some((c) => c.test(norm)) || heldInAClause(norm),
    troubled: CODES_FAIL.some((c) => c.test(norm)) || CODES_CHANGED.some((c) => c.test(norm)),
  };
}
