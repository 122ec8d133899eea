import { matchesAny } from '../text/cues/words';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';
import { CUES, WEAK_CUES } from '../text/cues/lost-factor';
import { EMAIL, PHONE, TWO_FA } from '../text/cues/words';
import { answersTo } from '../text/label-answers';
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

/**
 * A clause of the story: not something tried, nor something still held ("Tried: …", "Still have: …", "still").
 * A story often names the second factor in one sentence and its loss in the next: "my bag was lost by the
 * airline. It held my security key, the only 2FA on the account."
 */
const ofTheStory = (c: readonly string[]) =>
  !c.includes('c:still') &&
  !c.includes('c:attempt') &&
  !c.some((f) => f.startsWith('l:attempt') || f.startsWith('l:still') || f.startsWith('l:retain'));
/**
 * A phone, a laptop or "the login" is where a factor lived, not the factor: "since my laptop upgrade PyPI won't
 * let me in" leaves support asking what was lost. Weak evidence counts only when the text names a second
 * factor somewhere, or says in a clause of its own that the email, the password or the username is lost (not
 * as something tried, not as something still held).
 */
const NAMED_ALONE = ['email', 'password', 'username'];
const HELD = ['c:still', 'l:still', 'l:retain'];
const UNDONE = ['c:negation', 'c:restate', 'c:event'];
/** What the text says is still held, in a clause that says nothing of losing it: "I still know my password". */
function heldFactors(clauses: ReadonlyArray<readonly string[]>): Set<string> {
  const held = new Set<string>();
  for (const c of clauses) {
    if (!HELD.some((h) => c.includes(h)) || UNDONE.some((u) => c.includes(u))) continue;
    for (const f of NAMED_ALONE) if (c.includes(`c:${f}`)) held.add(f);
  }
  return held;
}
function namesTheFactor(clauses: ReadonlyArray<readonly string[]>): boolean {
  // What is still held was not lost: "the 'forgot password' mail came and I set a new one … I still have the
  // password and the mailbox" names neither as the loss.
  const held = heldFactors(clauses);
  return clauses.some(
    (c) =>
      c.includes('c:twofa') ||
      // "I forgot the password", "the address on the account expired with the domain"; not "the password is
      // right, the mail arrives without problem", nor "I changed the password" (something tried).
      (NAMED_ALONE.some((f) => c.includes(`c:${f}`) && !held.has(f)) &&
        (c.includes('c:restate') || (c.includes('c:event') && c.includes('c:email') && !c.includes('c:password'))) &&
        ofTheStory(c)),
  );
}

/**
 * A second factor named in the story, or in a clause that tells something happening to it even beside a fix
 * ("I uninstalled and reinstalled the authenticator to fix a crash"): not under "Tried:" nor as something held.
 */
const befallsIt = (c: readonly string[]) =>
  (c.includes('c:event') || c.includes('t:event')) && !c.includes('c:still') && !c.some((f) => f.startsWith('l:'));
const namesSecondFactor = (clauses: ReadonlyArray<readonly string[]>) =>
  clauses.some((c) => c.includes('c:twofa') && (ofTheStory(c) || befallsIt(c)));
// The loss may be told beside a step taken ("the keyring got lost at the airport; I reported it to lost and
// found"): only what is said to be held does not tell it.
const tellsALoss = (clauses: ReadonlyArray<readonly string[]>) =>
  clauses.some(
    (c) =>
      ((c.includes('c:restate') || c.includes('c:event')) &&
        !c.includes('c:still') &&
        !c.some((f) => f.startsWith('l:attempt') || f.startsWith('l:still') || f.startsWith('l:retain'))) ||
      befallsIt(c),
  );

/**
 * A questionnaire's answer: "**What:** my YubiKey, my only second factor", "What was lost: the work mailbox". The
 * label asks what was lost, so a factor named after it is the answer.
 */
const ASKS_WHAT = /what(?: (?:was|is|got|have i|did i|i|we) lost|'s lost| is gone)?/;
const FACTOR_NAMED = new RegExp(`\\b(?:${TWO_FA}|${EMAIL}|${PHONE}|password|username)\\b`);

function answersWhat(raw: string): boolean {
  // Most reasons have no such line: one cheap look first.
  if (!/^[\t >#*_-]*(?:\d{1,2}[.)]\s*)?what\b/im.test(raw)) return false;
  return answersTo(raw, ASKS_WHAT).some((answer) => FACTOR_NAMED.test(answer));
}

export const reasonLostFactor: Rule = {
  id: 'reason.lost_factor',
  scored: true,
  run(_request, text) {
    // The hand-written cues (tuned on real requests); or, when the request is about getting back in, a clause
    // that names a factor with its loss (naming a factor only as something kept says nothing was lost); or a
    // second factor named and lost in the story, whatever else the request goes on to ask for.
    const clauses = text.judge.clauses().base;
    const weak = matchesAny(text.norm, WEAK_CUES) || (namesLostFactor(clauses) && text.ask === null);
    const ok =
      matchesAny(text.norm, CUES) ||
      (weak && namesTheFactor(clauses)) ||
      (namesSecondFactor(clauses) && tellsALoss(clauses)) ||
      answersWhat(text.raw);
    if (ok) {
      return pass(said('why_lost_factor_pass'));
    }
    return verdict('fail', said('why_lost_factor_fail'), {
      suggestion: said('wording_lost_factor'),
    });
  },
};
