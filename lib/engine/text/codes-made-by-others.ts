import { CODES, TWO_FA, followedBy, nearInClause, words, type Cue } from './cues/words';

/**
 * Recovery codes someone else made or changed (recovery-codes.ts reads the rest): an intruder's second factor, a
 * colleague's or relative's set-up, unless the text accounts for them ("he never saved any", "I never generated
 * codes of my own"). Support will ask about such codes, so the box warns rather than blocks.
 */

/** 2FA or codes someone else set up or changed: the account may have been taken over. */
const INTRUDER = 'attacker|hacker|someone else|somebody else|unauthori[sz]ed|without my (?:knowledge|permission)';
const INTRUDER_NEAR_2FA = nearInClause(INTRUDER, `${TWO_FA}|${CODES}|codes`, 8);
const INTRUDER_WORD = words(INTRUDER);
const CODES_CHANGED: readonly Cue[] = [
  // In one clause: "the old number now belongs to someone else), checking my other devices (Authy" is two.
  // (The intruder is looked for first: most texts name none, and the pairing costs the most.)
  { test: (t) => INTRUDER_WORD.test(t) && INTRUDER_NEAR_2FA.test(t) },
  // "someone changed the 2FA", not "so that someone can reset the 2FA" (support, asked to).
  new RegExp(
    `\\bsomeone (?:has |had )?(?:changed|reset|added|enabled|disabled|set up|turned on|turned off|replaced|removed)\\b(?: \\S+){0,4}? (?:${TWO_FA}|${CODES}|codes)`,
  ),
  followedBy(CODES, '(?:were|was|have been|had been|got) (?:reset|changed|regenerated|replaced)', 2),
  /\bnew (?:recovery|backup) codes (?:were|was|have been|had been) (?:generated|created)/,
];

/**
 * An intruder's 2FA beside the writer's word that they never had codes of their own ("a TOTP app I never set up
 * was added … I never generated recovery codes"): whatever codes exist are the intruder's, and the ticked box is
 * true of the writer.
 */
const NONE_OF_THEIR_OWN = new RegExp(
  `\\b(?:i|we) (?:had |have )?(?:never|not|didn't|did not|hadn't|haven't) (?:\\S+ )?(?:generated|created|made|downloaded|saved|had|set up)(?: any)? (?:\\S+ )?(?:${CODES})\\b|\\bno (?:${CODES}) of (?:my|our) own\\b|\\bno (?:${CODES}) of (?:mine|ours)\\b|\\bso (?:i|we) (?:have|had) no (?:${CODES})\\b|\\b(?:i|we) (?:had |have )?(?:never|not|didn't|did not) (?:\\S+ )?(?:generated|created|made|downloaded|saved) (?:any|them)\\b`,
);

/**
 * 2FA or codes another person set up or made ("set up by our former lead", "my son set up two-factor for me",
 * "the recovery codes he generated"), or 2FA turned on by someone who was not the writer: whoever made the
 * codes may hold them, and support will ask. A warning, never a block.
 */
const PERSON =
  '(?:maintainer|co-maintainer|owner|cto|son|daughter|granddaughter|grandson|nephew|niece|brother|sister|father|mother|dad|mum|mom|cousin|uncle|aunt|kid|colleague|husband|wife|partner|friend|admin|administrator|developer|engineer|lead|employee|student|coordinator|predecessor|contractor|volunteer|it department|it team|he|she)';
const SET_UP_2FA = `(?:set up|enabled|configured|turned on|generated|created|handled) (?:the |my |our |his |her |any )?(?:${TWO_FA}|${CODES}|codes)`;
const MADE_BY_SOMEONE = new RegExp(
  `\\b(?:${TWO_FA}) (?:\\S+ ){0,4}?(?:was|were|had been|has been) (?:\\S+ ){0,2}?(?:set up|enabled|configured|created|secured) by (?!me\\b|myself\\b)`,
);
// Not the writer describing themselves: "I'm a student and turned on 2FA for a course".
const PERSON_SETS_UP = new RegExp(
  `(?<!\\b(?:i'm|i am|i was|as|we're|we are) (?:a |an |the )?(?:\\S+ )?)\\b${PERSON} (?:\\S+ ){0,2}?${SET_UP_2FA}`,
);
// What each needs is looked for first, with a plain pattern: most texts name neither "by …" nor a setting-up.
const BY = / by (?!me\b|myself\b)/;
const SETS_UP = new RegExp(`\\b${SET_UP_2FA}`);
const MADE_BY_OTHERS: readonly Cue[] = [
  { test: (t) => BY.test(t) && MADE_BY_SOMEONE.test(t) },
  { test: (t) => BY.test(t) && /\b(?:created|set up) and secured (?:\S+ ){0,5}?by (?!me\b|myself\b)/.test(t) },
  { test: (t) => SETS_UP.test(t) && PERSON_SETS_UP.test(t) },
  /\b(?:2fa|two-factor|two factor|mfa) (?:had been|has been|was) (?:enabled|added|turned on)\b[^.]{0,80}[.!]?\s*(?:i did neither|that wasn't me|it wasn't me|i didn't|i did not)/,
];

/**
 * Whoever made them said to hold nothing ("he has since reset that phone and no longer has the codes", "no
 * codes exist anywhere in the company"): support has nobody left to ask, and the box is consistent.
 */
const ACCOUNTED_FOR: readonly RegExp[] = [
  // Including the 2FA itself never turned on: "he never turned on 2FA, so there are no codes".
  /\b(?:he|she|they)(?: \S+){0,6}? (?:no longer ha(?:s|ve)|ha(?:s|ve) no|ha(?:s|ve) nothing|does not have|doesn't have|do not have|don't have|never (?:saved|kept|stored|generated|created|had|made|downloaded|printed|received|wrote (?:them |it )?down|turned on|enabled|set up|activated)|(?:had|has|have|did) not (?:generated?|created?|made|make|turn(?:ed)? on|enabled?|set up)|(?:hadn't|hasn't|haven't) (?:generated|created|made|turned on|enabled|set up)|didn't (?:generate|create|make|turn on|enable|set up)|(?:wiped|reset|erased|lost|sold|returned) (?:that|the|his|her|their))\b/,
  /\b(?:he|she|they) ha(?:s|ve) (?:\S+ ){1,4}?nowhere\b/,
  // They looked and found nothing, or answered no: "she looked through her old drive for the codes and found
  // nothing", "asked him whether he kept a copy (he did not)".
  /\b(?:he|she|they) (?:has |have |had )?(?:looked|searched|checked|went through|gone through)\b[^.]{0,100}?\b(?:found nothing|found none|found no|without (?:success|luck)|no luck|ha(?:s|ve|d) no)\b/,
  // Their device is gone: "his phone was wiped when he returned it", "his work phone, which was reset".
  /\b(?:his|her|their) (?:old |work |company )?(?:phone|device|laptop|authenticator)\b,? (?:\S+ ){0,3}?(?:was|were|got|has been|had been) (?:wiped|reset|erased|lost|stolen|destroyed|returned)\b/,
  /\((?:he|she|they) (?:did not|didn't|does not|doesn't|had not|hadn't)\)/,
  new RegExp(`\\bno (?:${CODES}|codes) (?:\\S+ ){0,2}?exist`),
  // "he confirms no recovery codes were ever saved".
  /\bno (?:recovery |backup )?codes (?:were|was) (?:ever )?(?:saved|generated|made|kept|created|downloaded|stored)\b/,
  // Never kept where the team looked: "recovery codes were never stored in our company vault".
  /\b(?:codes|they) (?:were|was) never (?:stored|saved|kept|handed over|shared|generated|written down)\b|\bnever handed over (?:\S+ )?codes\b/,
  new RegExp(`\\b(?:${CODES}|codes|totp|authenticator|entry) (?:\\S+ ){0,4}?(?:are|is|were|was) (?:all )?gone\\b`),
  // Kept on a machine since wiped: "he thinks they were saved on his desktop, which has been re-imaged".
  /\b(?:saved|stored|kept|were|are) (?:on|in) (?:his|her|their) (?:old |work |office )?(?:desktop|laptop|computer|machine|pc|drive|phone)\b,?(?: \S+){0,3}? (?:re-?imaged|wiped|formatted|reinstalled|replaced|destroyed|lost|stolen|gone|recycled)\b/,
  // The copy they made is gone: "that printout seems to have gone out with the recycling".
  /\b(?:printout|print-out|sheet|paper|copy|note|file|list)\b(?: \S+){0,4}? (?:gone|thrown (?:out|away)|went out|binned|recycled|shredded|destroyed|lost)\b/,
];

/** Codes someone else made or changed, and not accounted for. */
export function madeOrChangedByOthers(head: string): boolean {
  return (
    (CODES_CHANGED.some((c) => c.test(head)) && !NONE_OF_THEIR_OWN.test(head)) ||
    (MADE_BY_OTHERS.some((c) => c.test(head)) && !ACCOUNTED_FOR.some((c) => c.test(head)))
  );
}
