import { matchesAny } from '../text/cues/words';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/attempts';
export const reasonAttempts: Rule = {
  id: 'reason.attempts',
  scored: false,
  run(_request, text) {
    if (!text.judge.flags('reason.attempts', () => !matchesAny(text.norm, CUES)))
      return pass(said('why_attempts_pass'));
    return verdict('warn', said('why_attempts_warn'), {
      suggestion: said('wording_attempts'),
    });
  },
};
