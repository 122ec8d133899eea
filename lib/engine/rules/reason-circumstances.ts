import { matchesAny } from '../text/cues/words';
import type { Topic } from '../text/analysis';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/circumstances';
const SUGGESTIONS: Record<Topic, string> = {
  'two-factor':
    'In [month and year] my [phone with the authenticator app was lost / security key broke / phone was reset and the app was not restored].',
  email:
    'I lost access to the account email in [month and year] when [I left the company / the domain expired / the address was closed].',
  password: 'I last logged in around [month and year]; since then [what changed].',
  username: 'I created the account around [year] and last used it around [year].',
  unknown: 'This happened in [month and year]: [what happened, in one sentence].',
};

export const reasonCircumstances: Rule = {
  id: 'reason.circumstances',
  scored: true,
  run(_request, text) {
    if (!text.judge.flags('reason.circumstances', () => !matchesAny(text.norm, CUES)))
      return pass('You say how or when it happened.');
    return verdict(
      'fail',
      'Say how and roughly when it happened (for example: phone stolen in March, phone reset, left the company that owned the email). Support uses this to judge the request.',
      { suggestion: SUGGESTIONS[text.topic] },
    );
  },
};
