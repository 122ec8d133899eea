import { matchesAny } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/remaining-access';
const SUGGESTIONS: Record<Topic, MessageKey> = {
  'two-factor': 'wording_access_two_factor',
  email: 'wording_access_email',
  password: 'wording_access_password',
  username: 'wording_access_username',
  unknown: 'wording_access_unknown',
};

/**
 * "Nothing is left" answers the question too (the rubric: "or clearly says none remains"); few labelled
 * requests say it, so it is a rule rather than something the judge could learn.
 */
const NONE_LEFT =
  /\b(?:nothing|none)(?: at all| else| whatsoever)? (?:is |are |was )?(?:left|remains?|remaining)\b|\bno (?:other )?(?:access|way in)(?: to (?:the |my |this )?(?:pypi )?account)?(?: at all| to anything| left| whatsoever)\b|\b(?:lost|no longer have) (?:access to )?(?:everything|all of it)\b|\b(?:i|we) have nothing (?:left|else)\b/;

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
      return pass(said('why_access_pass'));
    return verdict('fail', said('why_access_fail'), { suggestion: said(SUGGESTIONS[text.topic]) });
  },
};
