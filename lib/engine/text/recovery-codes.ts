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

export interface CodesReading {
  /** The text says codes are at hand. */
  held: boolean;
  /** The text says codes are rejected, or someone else changed 2FA. */
  troubled: boolean;
}

export function readRecoveryCodes(norm: string): CodesReading {
  return {
    held: HAS_CODES.some((c) => c.test(norm)),
    troubled: CODES_FAIL.some((c) => c.test(norm)) || CODES_CHANGED.some((c) => c.test(norm)),
  };
}
