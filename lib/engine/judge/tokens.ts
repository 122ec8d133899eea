/**
 * The reason cut into clauses and words for the judge. Linear in the text: one pass to split, one regex
 * pass per clause for words. Latin and Cyrillic words are stemmed lightly (so "phones", "phoned" and
 * "phone" meet); Chinese and Japanese runs, which have no spaces, become overlapping character pairs.
 */

/** At most this much of a reason is read for meaning: GitHub takes bodies of at most 65,536 characters. */
export const JUDGED_CHARS = 65_536;

export interface Clause {
  /** The clause's normalised text (lower case, single spaces). */
  text: string;
  /** Words and character pairs, stemmed. */
  tokens: string[];
  /** The words before a colon at the start of a line ("What I still have"), when the clause is a labelled line. */
  label: string | null;
}

/** Sentence ends, line breaks and list markers end a clause; so do ";" and ", but". */
const CLAUSE_BREAK = /(?<=[.!?。！？])\s+|\n+|;\s*|,\s+but\s+|\s+but\s+|(?:^|\s)(?:[-*•]|\d{1,2}[.)])\s+/;

const WORD =
  /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}\d]+(?:['’][\p{L}]+)?|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** A light suffix-stripping stemmer: enough for "stolen/steal" to stay apart but "codes/code" to meet. */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ied') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(?:sh|ch|x|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  // "stopped" → "stop", "logged" → "log": a doubled final consonant left by -ed / -ing.
  if (/([bdglmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}

function tokensOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (CJK.test(w)) {
      if (w.length === 1) out.push(w);
      for (let i = 0; i + 1 < w.length && i < 200; i++) out.push(w.slice(i, i + 2));
    } else out.push(stem(w));
  }
  return out;
}

const LABEL = /^([^:：\n]{1,40})[:：]\s*\S/;

/** The reason as clauses, read from its normalised text (lib/engine/text/analysis.ts keeps line breaks out). */
export function clausesOf(raw: string): Clause[] {
  const text = raw.slice(0, JUDGED_CHARS).toLowerCase();
  const clauses: Clause[] = [];
  for (const line of text.split(/\r?\n/)) {
    const labelled = LABEL.exec(line.trim());
    const label = labelled ? labelled[1]!.trim() : null;
    const parts = line.split(CLAUSE_BREAK);
    for (let i = 0; i < parts.length; i++) {
      const part = (parts[i] ?? '').replace(/\s+/g, ' ').trim();
      if (part === '') continue;
      clauses.push({ text: part, tokens: tokensOf(part), label: i === 0 ? label : null });
    }
  }
  return clauses;
}
