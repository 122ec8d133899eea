import { lastMatch } from './cues/words';

/**
 * The recovery-code reading's sentences, parted into clauses (codes-held.ts reads each for codes at hand), and the
 * words both files look for: the codes named, a search, a purpose, codes taken back later in the sentence.
 */

export const CODES_WORD = /\b(?:recovery|backup|back-up|rescue)[- ]codes?\b/;
/**
 * A line labelled with the codes ("Codes: they're in my drive", "re codes: …"): what follows the label is said of
 * the recovery codes, though it names them only as "codes" or "they".
 */
export const CODES_LABEL =
  /(?:^|\n)\s*(?:re:? |about (?:the |my )?|as for (?:the |my )?)?(?:(?:recovery|backup) )?codes\s*:/;
/** "the codes", "eight codes", "seven unused codes": codes the sentence counts or points at. */
export const BARE_CODES =
  /\b(?:the|those|my|all|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:unused |remaining |spare |printed )?codes\b/;
/** "I searched my mail, my laptop, and the notebook I keep for the codes": the rest of the sentence was searched. */
// Not a box: "the form needed the box checked, so I checked it, but I have the codes" searched nothing; nor a
// password reset tried ("I tried the password reset and was going to fall back on my codes").
const SEARCHED =
  /\b(?:search\w*|look\w* (?:for|through|in)|check\w*(?! (?:it|that|the (?:\S+ ){0,3}?box)\b)|went through|dug through|tried(?! (?:the |a |to )?(?:password )?reset\b))\b/;
/** A purpose or a plan: "reset it so I can enrol a new device and, this time, keep the recovery codes". */
export const PURPOSE =
  /\b(?:so (?:that )?(?:i|we) (?:can|could|will|may)|in order to|to be able to|next time|this time|from now on|in (?:the )?future)\b/;
/**
 * Said later in the sentence, it takes them back: "… but only the password, no codes", "… each one used", "…
 * saved in my old phone, which was stolen".
 */
const NONE_AFTER =
  /\b(?:no (?:recovery |backup )?codes|nothing (?:in|inside|else)|(?:is|was|were) empty|only (?:the|my) (?:password|totp|seed|secret|key)|(?:every|each|all) (?:one |code )?(?:of them |on it )?(?:has |have )(?:already )?been used|none (?:is|are) left|(?:must|might|may) have (?:already )?used (?:it|them|that one)|(?:has|had) a line through it|(?:which|that|but it|and it) (?:was |were |got |has been |had been )?(?:also )?(?:lost|stolen|wiped|broken|destroyed|damaged|died|broke|gone))\b/;

/**
 * Clauses, each with the line that introduces its list ("what I still have:") when it is a list item's first,
 * whether its sentence named recovery codes before it, and whether it is the object of a search or a purpose said
 * before ("so I can … keep the codes").
 * Normalising joins lines (analysis.ts keeps only the breaks before list items, headings and labels), so a
 * list's dashes and bullets are where its items part.
 */
export interface CodesClause {
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
export const SEARCH_ANSWERED =
  /\b(?:i|we) (?:did |have |also )?(?:look(?:ed)?|search(?:ed)?|check(?:ed)?) (?:for |in )?((?:my |the |our )?(?:recovery|backup) codes): /g;

/** A question asked ("did you keep the recovery codes?"), not a sentence that ends with one ("…, can you reset it?"). */
const QUESTION = /^\s*(?:do|did|does|have|has|had|are|is|was|were|what|where|which|how)\b/;
/** A sentence's end, kept by the split (odd items): a full stop inside a word ("codes.txt") ends nothing. */
const SENTENCE_END = /([.!?]+(?=\s|$)|\n+)/;

/**
 * Where a clause ends: a comma, "but", "and" before a new subject ("and I", "and the sheet is still in the safe"),
 * or an aside in brackets that tells what is held ("I don't have 2FA trouble (I have the app and the backup codes
 * too)"; not "the codes (in my notebook) are with me").
 */
const CLAUSE_BREAK =
  /[;,]+| \((?=(?:i|we) (?:still |also |do )?(?:have|'ve got|got|keep|kept)\b)| but | and (?=(?:i|we) |(?:the|that|this) (?:sheet|page|file|printout|list|note|card|envelope|binder|folder|pdf|copy) (?:is|are|sits|lies|lives|remains|stays)\b)/;

const LISTED_BREAK = new RegExp(`${CLAUSE_BREAK.source}| and (?=(?:the|my|a|an|our) )`);

/** A thing other than the codes, which a later "it" or "that" may stand for. */
const ANOTHER_THING =
  /\b(?:key|keys|yubikey|phone|laptop|computer|tablet|device|token|card|sim|stick|drive|disk|watch)\b/;

/**
 * A sentence that lists what is held without a colon: "I still have my password, my email, the codes"; not a tense
 * ("I have done a reset, gone through my papers, …").
 */
const HAVE_LIST =
  /^\s*(?:and |also )?(?:i|we)(?:'ve)? (?:still |also |do )*(?:have|got|'ve got|hold|keep|possess) (?!no\b|not\b|never\b|lost\b|been\b|\w+ed\b|forgotten\b|(?:done|gone|made|taken|given|written|sent|seen|put|run|begun|had|spent|thrown|shown)\b)/;
/**
 * A clause that opens with its own subject is not an item of that list ("…, and I lost the rest"); an item may
 * have a subject further in ("…, and the recovery codes I downloaded at setup").
 */
const OWN_SUBJECT =
  /^\s*(?:(?:and|but|also|so|though|although|while|because|as) )?(?:i|we|it|they|he|she|you|i'm|i've|we've|it's|they're)\b/;
const EVERY_CODES_WORD = new RegExp(CODES_WORD.source, 'g');
const EVERY_OTHER_THING = new RegExp(ANOTHER_THING.source, 'g');

/** Whether another thing, not the codes, is what the clause named last (or, naming neither, what was before). */
function namedLast(clause: string, before: boolean): boolean {
  const codesAt = lastMatch(EVERY_CODES_WORD, clause);
  const thingAt = lastMatch(EVERY_OTHER_THING, clause);
  return codesAt === thingAt ? before : thingAt > codesAt;
}

/** A section title at the end of the text before a list: "… it never had pypi. **what i still have**". */
const TITLE_AT_END = /(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)$/;

/**
 * A line that opens with what is held: "Have: password, account email, recovery codes (in my vault)", "Our
 * remaining access: …", "What's left: …".
 */
const INLINE_LEAD =
  /^\s*((?:what )?(?:i |we )?(?:still )?(?:have|'ve got|got|hold|keep|possess):|(?:(?:our|my|the) )?remaining(?: access)?:|what(?:'s| is) left:|what remains:|still (?:usable|working|available):)/;

/** A sentence that speaks of the codes named just before by a pronoun: "… the codes. They are still there." */
const THEY_AFTER_CODES = /^\s*(?:they|those|these)(?:'re|\b)/;
/**
 * A sentence that holds what the one before named, by a pronoun or its holder: "… about the codes - I still have
 * them in my vault", "… an envelope with the printed codes. We still have the envelope".
 */
const HOLDS_AFTER_CODES =
  /^\s*(?:(?:to be honest|honestly|actually|in fact|yes|well|luckily|fortunately),? )?(?:i|we)(?:'ve)? (?:still |also |do |actually )*(?:have|keep|hold|'ve got|got) (?:them|those|these|all of them|(?:the|that|this) (?:envelope|sheet|page|card|file|printout|print-out|list|note|paper|copy|pdf))\b/;

export function codesClausesOf(head: string): CodesClause[] {
  const out: CodesClause[] = [];
  let lead = '';
  // Whether the sentence before named the codes: a pronoun opening the next one may stand for them.
  let namedJustBefore = false;
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
      // A sentence that names no codes cannot say they are held: not split any further (unless it opens with a
      // pronoun for the codes just named: "they are still there").
      if (
        !sentence.includes('code') ||
        (!CODES_WORD.test(sentence) && !BARE_CODES.test(sentence) && !CODES_LABEL.test(sentence))
      ) {
        if (namedJustBefore && THEY_AFTER_CODES.test(sentence))
          out.push({ clause: sentence, lead: '', named: true, thing: false, governed: false, takenBack: false });
        // Only its first clause: "I still have them saved in my vault, but I'm not sure how to use them".
        else if (namedJustBefore && HOLDS_AFTER_CODES.test(sentence))
          out.push({
            clause: sentence.split(CLAUSE_BREAK)[0]!,
            lead: '',
            named: true,
            thing: false,
            governed: false,
            takenBack: false,
          });
        namedJustBefore = false;
        first = false;
        continue;
      }
      namedJustBefore = CODES_WORD.test(sentence);
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
