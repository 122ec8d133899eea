import { matchesAny } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/circumstances';
import { conceptsIn } from '../judge/concepts';
import type { Concept } from '../judge/lexicon';
import { answersTo } from '../text/label-answers';
const SUGGESTIONS: Record<Topic, MessageKey> = {
  'two-factor': 'wording_circumstances_two_factor',
  email: 'wording_circumstances_email',
  password: 'wording_circumstances_password',
  username: 'wording_circumstances_username',
  unknown: 'wording_circumstances_unknown',
};

/**
 * A questionnaire's answer: "When: the conference after-party", "**How/when:** left it on a tram". The label asks
 * how or when, so an answer that names a time, an occasion or an event tells it, unless it says the writer cannot
 * tell ("When: not sure").
 */
const ASKS_WHEN =
  /when|how|how and when|when and how|how ?\/ ?when|when ?\/ ?how|what happened|circumstances|since when/;
const NO_ANSWER =
  /\b(?:not sure|unsure|unknown|no idea|don't know|do not know|can't (?:say|tell)|cannot (?:say|tell)|not certain|n\/a)\b|\?/;
/** An answer that dates or tells something: not the loss restated ("What happened: I lost my authenticator"). */
const TELLS: readonly Concept[] = ['relative', 'date', 'season', 'occasion', 'month', 'event'];

function answersWhen(raw: string): boolean {
  // Most reasons have no such line: one cheap look first.
  if (!/^[\t >#*_-]*(?:\d{1,2}[.)]\s*)?(?:when|how|what happened|circumstances|since)\b/im.test(raw)) return false;
  return answersTo(raw, ASKS_WHEN).some((answer) => {
    if (NO_ANSWER.test(answer)) return false;
    const found = conceptsIn(answer);
    return TELLS.some((c) => found.has(c));
  });
}

export const reasonCircumstances: Rule = {
  id: 'reason.circumstances',
  scored: true,
  run(_request, text) {
    if (!text.judge.flags('reason.circumstances', () => !matchesAny(text.norm, CUES)) || answersWhen(text.raw))
      return pass(said('why_circumstances_pass'));
    return verdict('fail', said('why_circumstances_fail'), { suggestion: said(SUGGESTIONS[text.topic]) });
  },
};
