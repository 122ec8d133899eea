/**
 * The one normal form every cue and the judge read: lower case, plain quotes and dashes, no invisible
 * characters, single spaces, and the apostrophes people under stress leave out put back. Linear in the text.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;

const NON_ASCII = /[\u0080-\uffff]/;

/**
 * A paragraph's last word before a blank line, with no full stop of its own: "tried again, still no access" and
 * "I still have the email" below it are two sentences, and the cues read a sentence at most. So are a line and
 * the list item below it ("**What was not lost**" over "- the password"), and two items of a list.
 */
const PARAGRAPH_END = /([\p{L}\p{N})`'"*])[ \t]*(?=\r?\n[ \t]*(?:\r?\n|(?:[-*•]|\d{1,2}[.)])[ \t]))/gu;

/** Words typed short on a phone, spelled out ("pls", "plz" and "plse" are "please"). */
const SHORTHAND: Readonly<Record<string, string>> = { acct: 'account', thru: 'through' };

export function normalise(text: string): string {
  // NFKC and the character swaps change nothing in plain ASCII, the usual case: skipped there.
  const plain = NON_ASCII.test(text)
    ? text
        .normalize('NFKC')
        .replace(INVISIBLE, '')
        .replace(/[\u2018\u2019\u02BC\u00B4]/g, "'")
        .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-')
    : text;
  return (
    plain
      .replace(PARAGRAPH_END, '$1.')
      .toLowerCase()
      // Only runs that are not already one plain space: replacing every single space costs 40x more on long text.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      // "cant", "isnt", "dont": people under stress skip the apostrophe; the cues are written with it.
      .replace(/\b(ca|is|does|do|wo|could|did|was|has|have|would|are|were)nt\b/g, "$1n't")
      .replace(/\bcan not\b/g, 'cannot')
      // Typed on a phone: "pls delete it", "my acct". The cues are written with the whole words.
      .replace(/\b(?:pl[sz]e?|acct|thru)\b/g, (w) => SHORTHAND[w] ?? 'please')
      .trim()
  );
}
