/**
 * Recovery codes said to be at hand clause by clause: "my recovery codes are still in my vault", "I printed the
 * codes, and that sheet is still in my desk", "What I still have: - the recovery codes". The sentence-wide
 * claims ("I have my recovery codes", "the form made me tick the box") are read in recovery-codes.ts.
 */

import { BARE_CODES, CODES_LABEL, CODES_WORD, PURPOSE, SEARCH_ANSWERED, codesClausesOf } from './codes-clauses';

/** A place codes are kept: saying they are there says they are at hand. */
const PLACE =
  /\b(?:password manager|vault|bitwarden|vaultwarden|1password|keepass\w*|lastpass|dashlane|keeper|enpass|proton pass|drawer|desk|envelope|wallet|binder|folder|safe|pdf|text file|file|notes?|notebook|paper|sheet|printout|printed|nas|icloud|google drive|dropbox|onedrive|usb stick)\b/;
/**
 * Having them now: "I have", "I've got", "it holds", "I keep", "she passed me the codes file" (not the site
 * showing them once: "PyPI gave me eight codes"). Not a tense ("I have also been through my
 * papers"), nor Google's notes app ("a Google Keep note"), nor a bare "got", which tells what happened ("we got
 * new phones", "the laptop with the codes got stolen").
 */
const HAVE_NOW =
  /\b(?:(?:have|has)(?! (?:(?:also|already|just|since|now|even|recently) )?(?:\w+ed|been|done|made|written|kept|got|lost|taken|given)\b)|carry|carries|(?:'ve|'s|have|has|still) (?:\w+ )?got|hold|holds|holding|(?<!google )keeps?|possess|(?<!\b(?:pypi|it|site|page|form|app|system) )(?:gave|handed|passed|pass) (?:me|us))\b/;
/**
 * Codes found since, somewhere named ("I found the sheet in my desk"), in a clause with no negation or doubt:
 * at hand. Not a bare "found a file named codes.txt", which may go on to say every code in it fails.
 */
export const FIND = 'found|located|dug out|dug up|came across|turned up|did turn up';
const FOUND = new RegExp(`\\b(?:${FIND})\\b[^,;]{0,120}?\\b(?:in|inside|on) (?:my|our|the|an?|his|her|their)\\b`);
/** The codes themselves found again: "I went through my desk and found the recovery codes I printed". */
const FOUND_CODES = new RegExp(
  `\\b(?:${FIND})\\b (?:(?:the |my |our |all |those |all the |all my )?(?:\\S+ )?|(?:a|an|the|my|our) (?:\\S+ ){1,3}?(?:of|with) (?:my |our |the |all )?(?:pypi |\\d{4} )?)(?:recovery|backup) codes\\b`,
);
/** Found, said of the codes in the passive or after them: "the recovery codes were located in an old notebook". */
const CODES_FOUND = new RegExp(
  `\\b(?:recovery|backup)[- ]codes(?: (?:pdf|file|sheet|printout|list|note|page|card))? (?:were |was |have been |has been |had been |got )?(?:later |since |eventually |finally |then )?(?:${FIND})\\b`,
);
/** A find denied or only hoped for: "I haven't found the recovery codes", "if I found the codes". */
const FIND_DENIED =
  /\b(?:no|not|never|none|nothing|without|can't|cannot|couldn't|didn't|haven't|hasn't|hadn't|if|whether|hope\w*|wish)\b/;
/** Where codes are now ("are in", "is in"): a place said in the present. */
const ARE_THERE = /\b(?:are|is|'re|sit|sits)\b/;
/**
 * Anything that makes the clause about codes not at hand: a negation ("nobody has the codes"), a doubt, a wish, a
 * search, a loss, a plan ("once access is restored I will keep the codes offline").
 */
const NOT_AT_HAND =
  /\b(?:no|not|never|none|nothing|nowhere|neither|nor|without|nobody|no one|no-one|once|next time|from now on|in (?:the )?future|did have|can't|cannot|couldn't|don't|didn't|doesn't|wasn't|isn't|weren't|aren't|haven't|hasn't|hadn't|won't|wouldn't|lost|lose|missing|gone|deleted|refus\w*|reject\w*|stolen|broken|wiped|erased|destroyed|damaged|died|dead|thought|think|believed?|doubt\w*|should have|would have|could have|wish|ought to|meant to|assumed?|supposed|hoped?|might|maybe|perhaps|probably|whether|in case|if|look\w*|search\w*|research\w*|check(?!box)\w*|find|tried|(?:went|gone|go|dug) through(?![^.]*\b(?:found|located)\b)|try|no luck|used up|all used|expired|old|previous|before|were|was|had|held|used to|back then)\b/;
/**
 * The codes, then who has them where: "the recovery codes I have written in my notebook", "codes we keep in the
 * safe", "the recovery codes I have printed at home".
 */
const CODES_KEPT_WHERE =
  /\bcodes,? (?:that |which )?(?:i|we) (?:still )?(?:have|keep|hold|'ve got) (?:\p{L}+(?:ed|en) )?(?:in|inside|on|at) (?:my|our|the|an?|home)\b/u;
/** A list's lead that says its items are held now. */
const LEAD_HOLDS = /\bstill\b|\bremaining\b|\b(?:have|'ve got|got|keep|hold|possess):$/;
/**
 * The label answered by a place or by their being kept: "Recovery codes: in my vault", "Recovery codes: present",
 * "Recovery codes: saved in a text file on my laptop" (not "saved in a note on that same phone", which went with it).
 */
const LABEL_PLACE =
  /\bcodes\s*:\s*(?:still |safely |all )?(?:(?:present|available|on hand|at hand)\b|(?:in|inside|on|at) (?:my|our|the|a|an)\b|(?:saved|stored|kept|filed|printed|written down) (?:in|inside|on|at) (?!(?:\S+ ){0,12}?(?:same|only|old|previous|lost|stolen|wiped|broken|that|this)\b))/;

/**
 * What codes are kept on or as: "that sheet is still in my desk", "I still have this PDF", "it's still there",
 * "only two are left", "the other seven are still there".
 */
const KEPT_AS =
  /\b(?:unused|sheet|page|card|notebook|diary|journal|envelope|binder|folder|file|pdf|photo|picture|screenshot|printout|print-out|paper|copy|list|note|draft|them|those|it|it's|ones|rest|remaining|they|they're|they are|(?:two|three|four|five|six|seven|eight|\d+) (?:that are |which are |are |is )?(?:still )?left|(?:other|remaining) (?:two|three|four|five|six|seven|nine|\d+)|all (?:eight|ten|\d+|of them))\b/;
/**
 * A clause that opens on "which", said of what the clause before named last; or that says no more than where
 * they are ("Recovery codes: saved in 1Password, still there").
 */
const WHICH_FIRST = /^\s*which (?:are|is|'re)\b|^\s*(?:and )?(?:still|all|both) (?:there|here|intact|safe)\s*$/;
/** Having them, said of them: "I have them printed", "we keep those in the safe". */
const HAVE_THEM = /\b(?:i|we) (?:still |do |actually |also )?(?:have|keep|hold|'ve got) (?:them|those|these)\b/;
/**
 * Where they are now, said without "still": "that notebook is right here on my desk", "the page is in my folder",
 * "the codes are also saved in my laptop", "two are left".
 */
const PRESENT =
  /\b(?:still|right here|here with me|at hand|(?:are|is|'re) (?:now )?left|in front of me|on my desk|(?:sitting|sits|lives|living|stays|rests|hangs|hanging) (?:in|on|inside)|(?:is|are|'s|'re) (?:all |still |safely )*(?:there|here)(?! (?:is|are|was|were)\b)|(?:is|are|'s|'re) (?:also |all |safely )?(?:kept |stored |filed |saved )?(?:in|inside|on) (?:my|our))\b/;
/**
 * Another service's codes ("I got back into GitHub with its recovery codes"), or another account's ("I made a new
 * account with proper 2FA and backup codes"), say nothing of this account's.
 */
const ANOTHER_SERVICE =
  /\b(?:new|another|second|other|separate) account\b|\bcreated `|\b(?:github|gitlab|google|gmail|microsoft|outlook|apple|icloud|aws|discord|slack|its)(?:'s)?(?: \S+){0,3}? (?:(?:recovery|backup) )?codes|\b(?:recovery|backup) codes (?:for|of|from) (?:my )?(?:github|gitlab|google|gmail|microsoft|apple|icloud|aws)\b|\b(?:recovery|backup) codes (?:for|of) (?:\S+ )?other (?:services|accounts|sites|platforms|apps)\b/;
/**
 * "the codes from when 2FA was enabled", "the codes that were generated at setup": when they were made, not whether
 * they are still held.
 */
const MADE_WHEN =
  /\b(?:from |since )?when (?:\S+ ){0,3}?(?:was|were) (?:first )?(?:enabled|set up|turned on|activated|configured|enrolled|registered|added)\b|\b(?:that|which) (?:were|was) (?:generated|created|made|issued|shown|given|downloaded)(?: (?:at|during|on) (?:the )?(?:setup|set-up|enrolment|enrollment|activation|registration))?\b/g;
/** "in an old notebook": an old place still holds what is in it; "old" there is no lost or former thing. */
const OLD_PLACE = /\b((?:in|inside|on) (?:an?|my|our|the)) old\b/g;
/** "I assume they work" doubts whether they work, not whether they are at hand. */
const DOUBT_THEY_WORK =
  /\b(?:i |we )?(?:assume|think|believe|hope|guess|expect)d? (?:that )?(?:they|those|these|the codes|it) (?:all )?(?:still )?(?:work|are valid|are good|are fine)\b/g;
/** Codes an authenticator shows ("the app still has the entry and the codes work") are not recovery codes. */
const APP_CODES =
  /\b(?:authenticator|application|apps?|2fa|\w*otp|entry|aegis|authy|token|generat\w*|produc\w*|display\w*|shows?|showing|gives?|gave|giving|makes|making)\b/;
/**
 * "with none of them used", "I haven't used any", "the codes I hadn't used yet" say the codes are still good, not that
 * none is at hand.
 */
const NONE_USED =
  /,? never (?:been )?used(?=\s*(?:[.,;)]|$))|\b(?:none (?:of them )?(?:has |have )?(?:ever )?(?:been |is |are )?(?:used|spent)|(?<=\b(?:codes?|ones?) )(?:that |which )?(?:i|we) (?:(?:have |had )?(?:never|not yet)|hadn't|haven't|had not|have not|did not|didn't) (?:yet )?used(?: yet)?|(?:i |we )?(?:haven't|have not|never|not) (?:yet )?(?:used|spent) (?:any|one|a single one)(?: of them)?)\b/g;

/**
 * Codes said to be at hand: in one clause ("I've still got the recovery codes in a PDF", "my recovery codes
 * are still in my vault", "a printed sheet with the codes in a drawer", once the text has named recovery
 * codes), or in the next clause of a sentence that names them ("I printed the codes, and that sheet is still
 * in my desk"). The clause that holds them must say so plainly: no negation, doubt or search in it.
 */
const IT = /\bit(?:'s)?\b/g;

/** An aside that confirms: "I still have them in my drive (checked last night)" is no search still going on. */
const CONFIRMED = /\((?:i |we )?(?:just |double[- ])?(?:checked|verified|confirmed)\b[^()]{0,40}\)/;
/**
 * An aside that says why they were kept unused: "the codes file on my laptop (I have not used it, as I don't want
 * to lose them)" holds them still; its own "not" and "lose" are the reason, not a loss.
 */
const KEPT_UNUSED =
  /\((?:i |we )?(?:have not|haven't|did not|didn't|never) (?:yet )?(?:used|tried|touched|spent) (?:it|them|any|one)\b[^()]{0,80}\)/;

/** A count of codes still left, whatever else the clause says: "I looked, and there are 5 left in my vault". */
const COUNT_LEFT =
  /\b(?:there (?:are|is)|(?:i|we) (?:still )?(?:have|'ve got)) (?:still )?(?:only )?(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]\d?) (?:of them |(?:recovery |backup )?codes? )?(?:left|remaining|unused)\b/;

/**
 * Where they are known, or that they could be used: "the recovery codes, I know exactly where they are", "he emailed
 * us the codes file, so technically we could use that".
 */
const KNOWN_OR_USABLE =
  /\b(?:i|we) know (?:exactly )?where (?:they|those|the (?:recovery |backup )?codes) are\b|\b(?:i|we) (?:technically |probably |still |actually )?could (?:use|log in with|sign in with) (?:that|them|those|it|the codes)\b/;

export function heldInAClause(head: string): boolean {
  if (!CODES_WORD.test(head) && !CODES_LABEL.test(head)) return false;
  // The aside goes before the text is cut at its commas: "(I haven't used it, in case I waste one)" is one aside.
  const told = head.includes('(') ? head.replace(KEPT_UNUSED, ' all unused ') : head;
  // Whether a clause before named the codes in any words ("the codes file"): "we could use that" may be them.
  let codesBefore = false;
  for (const { clause: said, lead, named, thing, governed, takenBack } of codesClausesOf(
    told.includes('codes: ') ? told.replace(SEARCH_ANSWERED, '$1, ') : told,
  )) {
    const clause = said
      .replace(CONFIRMED, '')
      .replace(NONE_USED, 'all unused')
      .replace(DOUBT_THEY_WORK, '')
      .replace(OLD_PLACE, '$1')
      .replace(MADE_WHEN, '');
    // A search that found them is still a find: "Tried: my drawers; the recovery-codes PDF turned up in an old
    // folder (all eight unused)".
    if (governed && !takenBack && (CODES_FOUND.test(clause) || FOUND_CODES.test(clause)) && !FIND_DENIED.test(clause))
      return true;
    if (governed || takenBack || ANOTHER_SERVICE.test(clause) || PURPOSE.test(clause)) continue;
    const codes =
      CODES_WORD.test(clause) || CODES_LABEL.test(clause) || (BARE_CODES.test(clause) && !APP_CODES.test(clause));
    // Once the sentence named them, "that sheet is still in my desk" or "in fact I have them printed" holds them.
    // "… my recovery codes, which are still sitting in my vault": "which" right after the codes stands for them.
    if ((codes || named || codesBefore) && KNOWN_OR_USABLE.test(clause)) return true;
    codesBefore ||= codes;
    const keptAs = KEPT_AS.test(clause) || (!thing && WHICH_FIRST.test(clause));
    if (!codes && !(named && (PRESENT.test(clause) || HAVE_THEM.test(clause)) && keptAs)) continue;
    // "I didn't enrol the spare key (it's still in its packet)": after another thing, "it" is that thing; a
    // plural ("they are still there") or a noun ("I still have that photo") can still be the codes.
    if (!codes && thing && !KEPT_AS.test(clause.replace(IT, ''))) continue;
    // The codes themselves found, and not denied: "found the recovery codes I printed back then" (when they were
    // printed does not make them gone).
    if ((FOUND_CODES.test(clause) || CODES_FOUND.test(clause)) && !FIND_DENIED.test(clause)) return true;
    if (COUNT_LEFT.test(clause)) return true;
    // The lead's own claim is its first part: "what I still have, so you can check:" still holds them.
    if (NOT_AT_HAND.test(clause) || NOT_AT_HAND.test(lead.split(',')[0]!)) continue;
    if (
      PRESENT.test(clause) ||
      HAVE_NOW.test(clause) ||
      (PLACE.test(clause) && ARE_THERE.test(clause)) ||
      LABEL_PLACE.test(clause) ||
      CODES_KEPT_WHERE.test(clause)
    )
      return true;
    // Found again, and not taken back in the clause: "I found the sheet with all eight codes in my desk".
    if (FOUND.test(clause)) return true;
    // "What I still have: - the recovery codes": the list's lead says they are held ("I have done:" does not).
    if (LEAD_HOLDS.test(lead)) return true;
  }
  return false;
}
