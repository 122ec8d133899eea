import { matchesAny } from '../text/cues/words';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/attempts';
export const reasonAttempts: Rule = {
  id: 'reason.attempts',
  scored: false,
  run(_request, text) {
    if (!text.judge.flags('reason.attempts', () => !matchesAny(text.norm, CUES)))
      return pass('You say what you already tried.');
    return verdict(
      'warn',
      'Say what you already tried (searching for recovery codes, restoring the app from a backup, another device, the password reset). It saves a round of questions.',
      {
        suggestion:
          'I have already tried [looking for the recovery codes in my password manager and old files / restoring the authenticator app from a backup / the password reset].',
      },
    );
  },
};
