import { matchesAny } from '../text/cues/words';
import { otherAsk } from './scope-recovery';
import { pass, verdict, type Rule } from './types';
import { CUES } from '../text/cues/lost-factor';
/**
 * What can be lost. Not the recovery codes alone: "I have no recovery codes" restates the form's box, which every
 * requester ticks, and says nothing of what was lost.
 */
const FACTORS = ['twofa', 'email', 'password', 'phone', 'device', 'computer', 'username'];
const LOSSES = ['restate', 'event', 'negation'];

/** Some clause names a factor with its loss, an event or a negation: "lost my phone", "the key no longer works". */
function namesLostFactor(clauses: ReadonlyArray<readonly string[]>): boolean {
  return clauses.some((c) => FACTORS.some((f) => c.includes(`c:${f}`)) && LOSSES.some((l) => c.includes(`c:${l}`)));
}

export const reasonLostFactor: Rule = {
  id: 'reason.lost_factor',
  scored: true,
  run(_request, text) {
    // The hand-written cues (tuned on real requests) or, when the request is about getting back in, a clause
    // that names a factor with its loss; naming a factor only as something kept says nothing was lost.
    const ok =
      matchesAny(text.norm, CUES) || (namesLostFactor(text.judge.clauses().base) && otherAsk(text.norm) === null);
    if (ok) {
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
