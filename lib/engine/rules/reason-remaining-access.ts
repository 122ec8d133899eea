import { TWO_FA, matchesAny, sentencesOf } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/remaining-access';
import { heldInATableColumn } from '../text/table-columns';
const SUGGESTIONS: Record<Topic, MessageKey> = {
  'two-factor': 'wording_access_two_factor',
  email: 'wording_access_email',
  password: 'wording_access_password',
  username: 'wording_access_username',
  unknown: 'wording_access_unknown',
};

/**
 * "Nothing is left" answers the question too (the rubric: "or clearly says none remains"); few labelled
 * requests say it, so it is a rule rather than something the judge could learn. Not what was left of a phone or an
 * app ("so nothing was left", "it had nothing left to transfer", "I had none left signed in"), nor an app that
 * "lost everything".
 */
const NONE_LEFT =
  /(?<!\b(?:so|had|there was|there is|there's|which had|it had) )\b(?:nothing|none)(?: at all| else| whatsoever)? (?:is |are |was )?(?:left|remains?|remaining)\b(?! (?:to (?!(?:log|sign|use|get|prove|access|show)\b)|signed|logged|on (?:it|the)|in (?:it|the)|of (?:it|the))\b)|\bno (?:other )?(?:login |account |pypi )?(?:access|way in)(?: to (?:the |my |this )?(?:pypi )?account)?(?: at all| to anything| left| whatsoever)\b|\b(?:i|we|i've|we've|i have|we have) (?:now )?(?:lost|no longer have) (?:access to )?(?:everything|all of it)\b|\b(?:i|we) have nothing (?:left|else)\b|\baccess(?:-wise)?[,:]? (?:i|we) (?:have|'ve got) none\b/;

/**
 * The second factor still held ("I still have the authenticator, it works", "Aegis still has the PyPI entry",
 * "the 2FA app is fine", "my authenticator works"):
 * when the mailbox or the password is what was lost, that is the access that remains. Not when the sentence goes
 * on to take it back ("still has my other accounts, but not PyPI").
 */
const FACTOR = `(?:${TWO_FA})`;
const FACTOR_HELD = new RegExp(
  `\\b(?:i|we) (?:do |also )?still (?:have|hold|'ve got|got) (?:\\S+ ){0,3}?${FACTOR}\\b|\\b(?:i|we) (?:do |also )?(?:have|hold|'ve got) (?:a |an |the |my |our )?${FACTOR}(?: \\S+)? (?:working|that works|which works)\\b|\\b${FACTOR}\\b,?(?: \\S+){0,8}? (?:still (?:has|holds|shows|generates|produces|works|is working)|works|is working|generates|(?:is|are) (?:still )?(?:fine|ok|okay|good|on my (?:\\S+ )?phone))\\b`,
);
const TAKEN_BACK =
  /\b(?:but|except|not|no longer|gone|missing|without|deleted|empty|wiped|isn't|doesn't|don't|didn't|lost|stolen|broken)\b/;
/** Words one of which a sentence that holds the factor must have: most stories have none, and are not searched. */
const HELD_WORDS = /\b(?:still|works|working|generates|fine|ok|okay|good|on my)\b/;

/**
 * Where the sentence turns to something else ("the app is still on my phone, but the password was in the company's
 * vault"): what follows is another thing's loss. "but not PyPI" still takes the factor back.
 */
const TURNS_TO_ANOTHER =
  /,? but (?:(?:i|i've|i have|i had|we|we've) (?:\S+ ){0,2}?)?(?:the |my |our )?(?:pypi )?(?:password|e-?mail(?: address)?|mailbox|inbox|address|domain)\b|;/;

function factorHeld(story: string): boolean {
  if (!HELD_WORDS.test(story)) return false;
  return sentencesOf(story).some((s) => {
    const m = FACTOR_HELD.exec(s);
    if (m === null) return false;
    const rest = s.slice(m.index);
    const turn = rest.slice(m[0].length).search(TURNS_TO_ANOTHER);
    return !TAKEN_BACK.test(turn < 0 ? rest : rest.slice(0, m[0].length + turn));
  });
}

/**
 * A PyPI session still open somewhere: "still logged into PyPI on my work laptop", "I'm still signed in on it"; not
 * one hoped for ("checked whether I'm still logged in") nor one that was ("I was still logged in on the old laptop").
 */
const SESSION_HELD =
  /(?<!\b(?:not|no longer|never|nowhere|whether|if|was|were|been|had)(?: \S+)?) still (?:logged|signed) ?in(?:to| to| on| at)? (?:pypi|the account|my account|it|on|in|from)\b/;

export const reasonRemainingAccess: Rule = {
  id: 'reason.remaining_access',
  scored: true,
  run(_request, text) {
    // Recovery codes at hand are access; codes that are rejected are not.
    const codes = text.codes;
    if (
      !text.judge.flags('reason.remaining_access', () => !matchesAny(text.norm, CUES)) ||
      (codes.held && !codes.troubled) ||
      NONE_LEFT.test(text.norm) ||
      factorHeld(text.story) ||
      SESSION_HELD.test(text.norm) ||
      heldInATableColumn(text.raw)
    )
      return pass(said('why_access_pass'));
    return verdict('fail', said('why_access_fail'), { suggestion: said(SUGGESTIONS[text.topic]) });
  },
};
