import { CODES, TWO_FA, near, followedBy, words } from '../text/cues';
import { pass, verdict, type Rule } from './types';

/** "I have my recovery codes", "found the codes", "the form made me tick the box": they can log in with one. */
const HAS_CODES: readonly RegExp[] = [
  new RegExp(`\\b(?:i|we) (?:still |do |also )*(?:have|got|kept|found|saved|stored) (?:all |my |the |our |some |working |valid |several |eight |\\d+ |a few |two |three |of )*(?:${CODES})`),
  words('(?:recovery|backup) codes? (?:are|is) (?:safe|saved|stored|with me|here)|made me (?:tick|check)|only ticked|ticked the box because|checked the box because|wouldn\'t submit|would not submit|forced me to (?:tick|check)|checkbox (?:below )?is required|box (?:below )?is required'),
];

/** Codes that exist but fail, or 2FA someone else set up: the account may be compromised. */
const FAILS = 'already been used|already used|invalid|expired|rejected|not working|don\'t work|doesn\'t work|do not work|does not work|didn\'t work|did not work|not accepted|not valid|fail\\w*|error';
const CODES_FAIL = [followedBy(CODES, FAILS, 12), followedBy('invalid|expired|wrong|rejected', CODES, 1)];
const CODES_CHANGED: readonly RegExp[] = [
  near('attacker|hacker|someone else|somebody else|someone|unauthori[sz]ed|without my (?:knowledge|permission)', `${TWO_FA}|${CODES}|codes`, 8),
  followedBy(CODES, '(?:were|was|have been|had been|got) (?:reset|changed|regenerated|replaced)', 2),
];

export const recoveryCodesConsistent: Rule = {
  id: 'recovery_codes.consistent',
  group: 'confirmations',
  scored: true,
  title: 'Recovery codes: text and box agree',
  run(_request, text) {
    if (CODES_FAIL.some((c) => c.test(text.norm)) || CODES_CHANGED.some((c) => c.test(text.norm))) {
      return verdict(
        'warn',
        'You say your recovery codes do not work, or that someone else set up 2FA. That can mean the account was taken over: say so plainly, and say when you last logged in.',
        { suggestion: 'My recovery codes are rejected, and I did not change them myself; I last logged in successfully around [month and year].' },
      );
    }
    if (HAS_CODES.some((c) => c.test(text.norm))) {
      return verdict(
        'fail',
        'You say you still have recovery codes. Use one to log in (on the 2FA page choose "Login using recovery codes"), then set up 2FA again: no request is needed. Tick the box only if you cannot use any of them.',
      );
    }
    return pass('What you say about recovery codes agrees with the box.');
  },
};
