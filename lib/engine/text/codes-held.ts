/**
 * Recovery codes said to be at hand clause by clause: "my recovery codes are still in my vault", "I printed the
 * codes, and that sheet is still in my desk", "What I still have: - the recovery codes". The sentence-wide
 * claims ("I have my recovery codes", "the form made me tick the box") are read in recovery-codes.ts.
 */

import { lastMatch } from './cues/words';

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
export const FIND = 'found|located|dug out|dug up|came across|turned up';
const FOUND = new RegExp(`\\b(?:${FIND})\\b[^,;]{0,120}?\\b(?:in|inside|on) (?:my|our|the|an?|his|her|their)\\b`);
/** The codes themselves found again: "I went through my desk and found the recovery codes I printed". */
const FOUND_CODES = new RegExp(
  `\\b(?:${FIND})\\b (?:the |my |our |all |those |all the |all my )?(?:\\S+ )?(?:recovery|backup) codes\\b`,
);
/** Found, said of the codes in the passive or after them: "the recovery codes were located in an old notebook". */
const CODES_FOUND = new RegExp(
  `\\b(?:recovery|backup) codes (?:were |have been |had been |got )?(?:later |since |eventually |finally |then )?(?:${FIND})\\b`,
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
  /\b(?:no|not|never|none|nothing|nowhere|neither|nor|without|nobody|no one|no-one|once|next time|from now on|in (?:the )?future|did have|can't|cannot|couldn't|don't|didn't|doesn't|wasn't|isn't|weren't|aren't|haven't|hasn't|hadn't|won't|wouldn't|lost|lose|missing|gone|deleted|refus\w*|reject\w*|stolen|broken|wiped|erased|destroyed|damaged|died|dead|thought|think|believed?|should have|would have|could have|wish|ought to|meant to|assumed?|supposed|hoped?|might|maybe|perhaps|probably|whether|in case|if|look\w*|search\w*|research\w*|check(?!box)\w*|find|tried|(?:went|gone|go|dug) through(?![^.]*\b(?:found|located)\b)|try|no luck|used up|all used|expired|old|previous|before|were|was|had|held|used to|back then)\b/;
/** A list's lead that says its items are held now. */
const LEAD_HOLDS = /\bstill\b|\bremaining\b|\b(?:have|'ve got|got|keep|hold|possess):$/;
const CODES_WORD = /\b(?:recovery|backup|back-up|rescue)[- ]codes?\b/;
/**
 * A line labelled with the codes ("Codes: they're in my drive", "re codes: …"): what follows the label is said of
 * the recovery codes, though it names them only as "codes" or "they".
 */
const CODES_LABEL = /(?:^|\n)\s*(?:re:? |about (?:the |my )?|as for (?:the |my )?)?(?:(?:recovery|backup) )?codes\s*:/;
/** The label answered by a place alone: "Recovery codes: in my vault". */
const LABEL_PLACE = /\bcodes\s*:\s*(?:still |safely |all )?(?:in|inside|on|at) (?:my|our|the|a|an)\b/;
/** "the codes", "eight codes", "seven unused codes": codes the sentence counts or points at. */
const BARE_CODES =
  /\b(?:the|those|my|all|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:unused |remaining |spare |printed )?codes\b/;

/**
 * What codes are kept on or as: "that sheet is still in my desk", "I still have this PDF", "it's still there",
 * "only two are left", "the other seven are still there".
 */
const KEPT_AS =
  /\b(?:sheet|page|card|notebook|diary|journal|envelope|binder|folder|file|pdf|photo|picture|screenshot|printout|print-out|paper|copy|list|note|draft|them|those|it|it's|ones|rest|remaining|they|they're|they are|(?:two|three|four|five|six|seven|eight|\d+) (?:that are |which are |are |is )?(?:still )?left|(?:other|remaining) (?:two|three|four|five|six|seven|nine|\d+)|all (?:eight|ten|\d+|of them))\b/;
/** Having them, said of them: "I have them printed", "we keep those in the safe". */
const HAVE_THEM = /\b(?:i|we) (?:still |do |actually |also )?(?:have|keep|hold|'ve got) (?:them|those|these)\b/;
/**
 * Where they are now, said without "still": "that notebook is right here on my desk", "the page is in my folder",
 * "two are left".
 */
const PRESENT =
  /\b(?:still|right here|here with me|at hand|(?:are|is|'re) (?:now )?left|in front of me|on my desk|(?:sitting|sits|lives|living|stays|rests|hangs|hanging) (?:in|on|inside)|(?:is|are|'s|'re) (?:all |still |safely )*(?:there|here)(?! (?:is|are|was|were)\b)|(?:is|are|'s|'re) (?:kept |stored |filed )?(?:in|inside|on) (?:my|our))\b/;
/** "I searched my mail, my laptop, and the notebook I keep for the codes": the rest of the sentence was searched. */
// Not a box: "the form needed the box checked, so I checked it, but I have the codes" searched nothing.
const SEARCHED =
  /\b(?:search\w*|look\w* (?:for|through|in)|check\w*(?! (?:it|that|the (?:\S+ ){0,3}?box)\b)|went through|dug through|tried)\b/;
/** A purpose or a plan: "reset it so I can enrol a new device and, this time, keep the recovery codes". */
const PURPOSE =
  /\b(?:so (?:that )?(?:i|we) (?:can|could|will|may)|in order to|to be able to|next time|this time|from now on|in (?:the )?future)\b/;
/**
 * Another service's codes ("I got back into GitHub with its recovery codes"), or another account's ("I made a new
 * account with proper 2FA and backup codes"), say nothing of this account's.
 */
const ANOTHER_SERVICE =
  /\b(?:new|another|second|other|separate) account\b|\bcreated `|\b(?:github|gitlab|google|gmail|microsoft|outlook|apple|icloud|aws|discord|slack|its)(?:'s)?(?: \S+){0,3}? (?:recovery|backup) codes|\b(?:recovery|backup) codes (?:for|of|from) (?:my )?(?:github|gitlab|google|gmail|microsoft|apple|icloud|aws)\b|\b(?:recovery|backup) codes (?:for|of) (?:\S+ )?other (?:services|accounts|sites|platforms|apps)\b/;
/** "the codes from when 2FA was enabled": when they were made, not whether they are still held. */
const MADE_WHEN =
  /\b(?:from |since )?when (?:\S+ ){0,3}?(?:was|were) (?:first )?(?:enabled|set up|turned on|activated|configured|enrolled|registered|added)\b/g;
/** "in an old notebook": an old place still holds what is in it; "old" there is no lost or former thing. */
const OLD_PLACE = /\b((?:in|inside|on) (?:an?|my|our|the)) old\b/g;
/** "I assume they work" doubts whether they work, not whether they are at hand. */
const DOUBT_THEY_WORK =
  /\b(?:i |we )?(?:assume|think|believe|hope|guess|expect)d? (?:that )?(?:they|those|these|the codes|it) (?:all )?(?:still )?(?:work|are valid|are good|are fine)\b/g;
/** Codes an authenticator shows ("the app still has the entry and the codes work") are not recovery codes. */
const APP_CODES =
  /\b(?:authenticator|application|apps?|2fa|\w*otp|entry|aegis|authy|token|generat\w*|produc\w*|display\w*|shows?|showing|gives?|gave|giving|makes|making)\b/;
/** Said later in the sentence, it takes them back: "… but only the password, no codes", "… each one used". */
const NONE_AFTER =
  /\b(?:no (?:recovery |backup )?codes|nothing (?:in|inside|else)|(?:is|was|were) empty|only (?:the|my) (?:password|totp|seed|secret|key)|(?:every|each|all) (?:one |code )?(?:of them |on it )?(?:has |have )(?:already )?been used|none (?:is|are) left)\b/;
/** "with none of them used", "I haven't used any" say every code is still good, not that none is at hand. */
const NONE_USED =
  /\b(?:none (?:of them )?(?:has |have )?(?:ever )?(?:been |is |are )?(?:used|spent)|(?:codes?|ones?) (?:that |which )?(?:i|we) (?:have )?(?:never|not yet) used|(?:i |we )?(?:haven't|have not|never|not) (?:yet )?(?:used|spent) (?:any|one|a single one)(?: of them)?)\b/g;

/**
 * Codes said to be at hand: in one clause ("I've still got the recovery codes in a PDF", "my recovery codes
 * are still in my vault", "a printed sheet with the codes in a drawer", once the text has named recovery
 * codes), or in the next clause of a sentence that names them ("I printed the codes, and that sheet is still
 * in my desk"). The clause that holds them must say so plainly: no negation, doubt or search in it.
 */
/** An aside that confirms: "I still have them in my drive (checked last night)" is no search still going on. */
const CONFIRMED = /\((?:i |we )?(?:just |double[- ])?(?:checked|verified|confirmed)\b[^()]{0,40}\)/;

export function heldInAClause(head: string): boolean {
  if (!CODES_WORD.test(head) && !CODES_LABEL.test(head)) return false;
  for (const { clause: said, lead, named, thing, governed, takenBack } of clausesOf(
    head.includes('codes: ') ? head.replace(SEARCH_ANSWERED, '$1, ') : head,
  )) {
    const clause = said
      .replace(CONFIRMED, '')
      .replace(NONE_USED, 'all unused')
      .replace(DOUBT_THEY_WORK, '')
      .replace(OLD_PLACE, '$1')
      .replace(MADE_WHEN, '');
    if (governed || takenBack || ANOTHER_SERVICE.test(clause) || PURPOSE.test(clause)) continue;
    const codes =
      CODES_WORD.test(clause) || CODES_LABEL.test(clause) || (BARE_CODES.test(clause) && !APP_CODES.test(clause));
    // Once the sentence named them, "that sheet is still in my desk" or "in fact I have them printed" holds them.
    if (!codes && !(named && (PRESENT.test(clause) || HAVE_THEM.test(clause)) && KEPT_AS.test(clause))) continue;
    // "I didn't enrol the spare key (it's still in its packet)": after another thing, "it" is that thing; a
    // plural ("they are still there") or a noun ("I still have that photo") can still be the codes.
    if (!codes && thing && !KEPT_AS.test(clause.replace(IT, ''))) continue;
    // The codes themselves found, and not denied: "found the recovery codes I printed back then" (when they were
    // printed does not make them gone).
    if ((FOUND_CODES.test(clause) || CODES_FOUND.test(clause)) && !FIND_DENIED.test(clause)) return true;
    // The lead's own claim is its first part: "what I still have, so you can check:" still holds them.
    if (NOT_AT_HAND.test(clause) || NOT_AT_HAND.test(lead.split(',')[0]!)) continue;
    if (
      PRESENT.test(clause) ||
      HAVE_NOW.test(clause) ||
      (PLACE.test(clause) && ARE_THERE.test(clause)) ||
      LABEL_PLACE.test(clause)
    )
      return true;
    // Found again, and not taken back in the clause: "I found the sheet with all eight codes in my desk".
    if (FOUND.test(clause)) return true;
    // "What I still have: - the recovery codes": the list's lead says they are held ("I have done:" does not).
    if (LEAD_HOLDS.test(lead)) return true;
  }
  return false;
}

/**
 * Clauses, each with the line that introduces its list ("what I still have:") when it is a list item's first,
 * whether its sentence named recovery codes before it, and whether it is the object of a search or a purpose said
 * before ("so I can … keep the codes").
 * Normalising joins lines (analysis.ts keeps only the breaks before list items, headings and labels), so a
 * list's dashes and bullets are where its items part.
 */
interface CodesClause {
  clause: string;
  lead: string;
  named: boolean;
  /** Another thing (a key, a phone) was named after the codes: a singular "it" now stands for that. */
  thing: boolean;
  /** What a search or a purpose said before it governs: "I searched … the notebook", "so I can … keep them". */
  governed: boolean;
  /** A later clause of its sentence says there are none after all. */
  takenBack: boolean;
}

/** A search and, after its colon, what it found: "I did look for my recovery codes: they are in my vault". */
const SEARCH_ANSWERED =
  /\b(?:i|we) (?:did |have |also )?(?:look(?:ed)?|search(?:ed)?|check(?:ed)?) (?:for |in )?((?:my |the |our )?(?:recovery|backup) codes): /g;

/** A question asked ("did you keep the recovery codes?"), not a sentence that ends with one ("…, can you reset it?"). */
const QUESTION = /^\s*(?:do|did|does|have|has|had|are|is|was|were|what|where|which|how)\b/;
/** A sentence's end, kept by the split (odd items): a full stop inside a word ("codes.txt") ends nothing. */
const SENTENCE_END = /([.!?]+(?=\s|$)|\n+)/;

/** Where a clause ends: a comma, "but", "and" before a new subject ("and I", "and the sheet is still in the safe"). */
const CLAUSE_BREAK =
  /[;,]+| but | and (?=(?:i|we) |(?:the|that|this) (?:sheet|page|file|printout|list|note|card|envelope|binder|folder|pdf|copy) (?:is|are|sits|lies|lives|remains|stays)\b)/;

const LISTED_BREAK = new RegExp(`${CLAUSE_BREAK.source}| and (?=(?:the|my|a|an|our) )`);

/** A thing other than the codes, which a later "it" or "that" may stand for. */
const ANOTHER_THING =
  /\b(?:key|keys|yubikey|phone|laptop|computer|tablet|device|token|card|sim|stick|drive|disk|watch)\b/;

/** A sentence that lists what is held without a colon: "I still have my password, my email, the codes". */
const HAVE_LIST =
  /^\s*(?:and |also )?(?:i|we)(?:'ve)? (?:still |also |do )*(?:have|got|'ve got|hold|keep|possess) (?!no\b|not\b|never\b|lost\b|been\b|\w+ed\b|forgotten\b)/;
/** A clause with its own subject is not an item of that list. */
const OWN_SUBJECT = /\b(?:i|we|it|they|he|she|you|i'm|i've|we've|it's|they're)\b/;
const EVERY_CODES_WORD = new RegExp(CODES_WORD.source, 'g');
const EVERY_OTHER_THING = new RegExp(ANOTHER_THING.source, 'g');

/** Whether another thing, not the codes, is what the clause named last (or, naming neither, what was before). */
function namedLast(clause: string, before: boolean): boolean {
  const codesAt = lastMatch(EVERY_CODES_WORD, clause);
  const thingAt = lastMatch(EVERY_OTHER_THING, clause);
  return codesAt === thingAt ? before : thingAt > codesAt;
}
const IT = /\bit(?:'s)?\b/g;

/** A section title at the end of the text before a list: "… it never had pypi. **what i still have**". */
const TITLE_AT_END = /(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)$/;

/** A line that opens with what is held: "Have: password, account email, recovery codes (in my vault)". */
const INLINE_LEAD = /^\s*((?:what )?(?:i |we )?(?:still )?(?:have|'ve got|got|hold|keep|possess):|remaining access:)/;

function clausesOf(head: string): CodesClause[] {
  const out: CodesClause[] = [];
  let lead = '';
  for (const item of head.split(/\s[-*•–—]\s/)) {
    let first = true;
    // A full stop inside a word ("codes.txt") does not end the sentence. A question ("Did you have recovery
    // codes? - No, never") holds nothing, whatever its answer says.
    const sentences = item.split(SENTENCE_END);
    for (let k = 0; k < sentences.length; k += 2) {
      const sentence = sentences[k]!;
      // The split keeps each sentence's end: a question mark there, after a question word, is a question.
      if (sentences[k + 1]?.includes('?') && QUESTION.test(sentence)) {
        first = false;
        continue;
      }
      // A sentence that names no codes cannot say they are held: not split any further.
      if (
        !sentence.includes('code') ||
        (!CODES_WORD.test(sentence) && !BARE_CODES.test(sentence) && !CODES_LABEL.test(sentence))
      ) {
        first = false;
        continue;
      }
      let named = false;
      let thing = false;
      let governed = false;
      const inline = INLINE_LEAD.exec(sentence)?.[1];
      // "only two are left and I would like the 2FA cleared before they run out": each subject its own clause.
      const listed = HAVE_LIST.test(sentence);
      // "I've still got my old key and the sheet of codes in my drawer": in a list of things held, "and" parts items.
      const clauses = sentence.split(listed ? LISTED_BREAK : CLAUSE_BREAK);
      const lastNone = clauses.findLastIndex((c) => NONE_AFTER.test(c));
      clauses.forEach((clause, i) => {
        // "I still have my password, the account email, my recovery code sheet": each item after the first is held.
        const item = listed && i > 0 && !OWN_SUBJECT.test(clause) ? 'have:' : undefined;
        const leadOf = inline ?? item ?? (first ? lead : '');
        out.push({ clause, lead: leadOf, named, thing, governed, takenBack: i < lastNone });
        first = false;
        named ||= CODES_WORD.test(clause);
        // Where a clause names no other thing, only naming the codes changes what came last.
        thing = ANOTHER_THING.test(clause) ? namedLast(clause, thing) : thing && !CODES_WORD.test(clause);
        governed ||= SEARCHED.test(clause) || PURPOSE.test(clause);
      });
    }
    // The lead is the whole sentence before the colon: "here's what I've still got, so you can check:", or a
    // section's title over the list ("**What I still have**").
    const last = sentences.at(-1)?.trim() ?? '';
    if (last.endsWith(':')) lead = last;
    else {
      const title = TITLE_AT_END.exec(last)?.[1];
      if (title !== undefined) lead = `${title}:`;
    }
  }
  return out;
}
