import { matchesAny } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/remaining-access';
const SUGGESTIONS: Record<Topic, string> = {
  'two-factor':
    "I still know my password and can log in up to the 2FA step. I still have access to [the account's primary email address / an API token / the GitHub repositories of my projects].",
  email:
    'I still know my password [yes / no]. I can prove I own the account through [an API token / the GitHub repositories of my projects / my project releases].',
  password:
    "I still have access to [the account's primary email address / an API token / the GitHub repositories of my projects].",
  username:
    'I still have access to [the email address the account was created with / the GitHub repositories of my projects].',
  unknown:
    "I still have [my password / the account's primary email / an API token / access to my projects' repositories].",
};

/**
 * "Nothing is left" answers the question too (the rubric: "or clearly says none remains"); few labelled
 * requests say it, so it is a rule rather than something the judge could learn.
 */
const NONE_LEFT =
  /\b(?:nothing|none)(?: at all| else| whatsoever)? (?:is |are |was )?(?:left|remains?|remaining)\b|\bno (?:other )?(?:access|way in)(?: at all| to anything| left| whatsoever)\b|\b(?:lost|no longer have) (?:access to )?(?:everything|all of it)\b|\b(?:i|we) have nothing (?:left|else)\b/;

export const reasonRemainingAccess: Rule = {
  id: 'reason.remaining_access',
  scored: true,
  run(_request, text) {
    // Recovery codes at hand are access; codes that are rejected are not.
    const codes = text.codes;
    if (
      !text.judge.flags('reason.remaining_access', () => !matchesAny(text.norm, CUES)) ||
      (codes.held && !codes.troubled) ||
      NONE_LEFT.test(text.norm)
    )
      return pass('You say what access you still have.');
    return verdict(
      'fail',
      "Say what you can still use: your password, the account's primary email, an API token, or the GitHub repositories your projects link to. If nothing is left, say that too.",
      { suggestion: SUGGESTIONS[text.topic] },
    );
  },
};
