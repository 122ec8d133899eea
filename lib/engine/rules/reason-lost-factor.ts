import { matchesAny } from '../text/cues/words';
import { otherAsk } from './scope-recovery';
import { pass, verdict, type Rule } from './types';
import { CUES, THING } from '../text/cues/lost-factor';
export const reasonLostFactor: Rule = {
  id: 'reason.lost_factor',
  scored: true,
  run(_request, text) {
    if (matchesAny(text.norm, CUES) || (THING.test(text.norm) && otherAsk(text.norm) === null)) {
      return pass('You say what you lost or what stopped working.');
    }
    return verdict(
      'fail',
      'Say what you lost: your 2FA app or the phone it was on, a security key, access to the account email, or your password. Support cannot help before it knows that.',
      {
        suggestion:
          'I lost [my phone with the authenticator app / my security key / access to the email address on the account].',
      },
    );
  },
};
