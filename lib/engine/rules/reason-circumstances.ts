import { matchesAny } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/circumstances';
const SUGGESTIONS: Record<Topic, MessageKey> = {
  'two-factor': 'wording_circumstances_two_factor',
  email: 'wording_circumstances_email',
  password: 'wording_circumstances_password',
  username: 'wording_circumstances_username',
  unknown: 'wording_circumstances_unknown',
};

export const reasonCircumstances: Rule = {
  id: 'reason.circumstances',
  scored: true,
  run(_request, text) {
    if (!text.judge.flags('reason.circumstances', () => !matchesAny(text.norm, CUES)))
      return pass(said('why_circumstances_pass'));
    return verdict('fail', said('why_circumstances_fail'), { suggestion: said(SUGGESTIONS[text.topic]) });
  },
};
