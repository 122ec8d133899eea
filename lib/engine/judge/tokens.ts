/**
 * The reason cut into clauses for the judge: sentences, lines, list items and the halves of "…, but …", each
 * with the label of its line ("Tried: …") or the heading of its block ("What I still have:" over a list) or
 * section ("**What I still have**").
 * Linear in the text.
 */

/**
 * How much of a reason the judge reads: every labelled request so far says what it says within 3 KB (99% within
 * 1.4 KB); what comes after 4 KB is pasted material. The rules' cues and the leak guard still read it all.
 */
export const JUDGED_CHARS = 4096;

/**
 * And at most this many clauses: every labelled request so far has fewer (p99 19, at most 36). What lies past
 * them is pasted material, where neither the words nor the cues would say anything of the writer's own.
 */
export const JUDGED_CLAUSES = 40;

export interface Clause {
  /** The clause's text, in lower case with single spaces. */
  text: string;
  /** The words before a colon at the start of a line ("What I still have"), when the clause is a labelled line. */
  label: string | null;
  /**
   * The heading of the clause's block: a line that ends in a colon, over the lines below it until a blank line;
   * or a title line, over its section until the next heading.
   */
  heading: string | null;
}

/**
 * Sentence ends, line breaks and list markers end a clause; so do ";" and ", but". The stop of an initialism or a
 * title ("the U.S. Geological Survey", "e.g. my phone", "Dr. Okafor") ends nothing, nor does "but not" ("the app still
 * has my other accounts, but not PyPI" takes back what it held).
 */
// Every break starts at a space, a ";" or a "," (or is a list marker at the line's start): the guard in front
// skips the other positions at once instead of trying each alternative there.
const CLAUSE_BREAK =
  /(?:^|(?=[\s;,]))(?:(?<=[.!?。！？])(?<!\b[a-z]\.[a-z]\.|\b(?:mr|mrs|ms|dr|prof|st|vs)\.)\s+|\n+|;\s*|,\s+but\s+(?!not\b|never\b)|\s+but\s+(?!not\b|never\b)|(?:^|\s)(?:[-*•]|\d{1,2}[.)])\s+)/;

/**
 * A long stretch in quotes inside a line: a pasted message ("Your email address must be verified before you
 * can use it…"). Short quotes ("invalid recovery code") stay: they are the writer's own report of what happened.
 */
const QUOTED = /["“][^"“”\n]{40,300}["”]/g;

const LABEL = /^([^:：\n]{1,40})[:：]\s*\S/;
/** A bold lead-in ends its label with a full stop or a question mark as often as with a colon ("**When?** …"). */
const BOLD_LABEL = /^(?:\*\*|__)([^*_.?:：\n]{1,40})[.?:：]?(?:\*\*|__)[.:：]?\s+\S/;
const HEADING = /^([^:：\n]{1,60})[:：]$/;
/**
 * A title line without a colon: marked as one (`## …`, `**…**`, `■ …`) and short, with no sentence end; its number
 * is not part of it (`**4. What I still have**`).
 */
const TITLE =
  /^(?:#{1,6}\s+|\*\*|__|[■□▪▫●○◆◇▶►▸➤]\s*)(?:\d{1,2}[.)]\s+)?([^.!?:：\n]{2,60}?)(?:[.?:：]?(?:\*\*|__))?$/u;

/** A short line with no sentence end ("What I still have"), right over a list: it heads that list. */
const PLAIN_TITLE = /^([^.!?:：\n]{2,60})$/;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s+\S/;
const ITEM_MARKER = /^(?:[-*•]|\d{1,2}[.)])\s+/;

function plainTitle(line: string, lines: readonly string[], n: number): RegExpExecArray | null {
  // Most lines are longer than a title can be: they are let go before any splitting.
  if (line.length > 60 || LIST_ITEM.test(line) || line.split(' ').length > 8) return null;
  let next = n + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  return next < lines.length && LIST_ITEM.test(lines[next]!) ? PLAIN_TITLE.exec(line) : null;
}

/** A list item that heads the items below it: "- Still have" over "  - password", "3) Still have" over "- password". */
const LIST_TITLE = /^(\s*)(?:[-*•]|\d{1,2}[.)])\s+([^.!?:：\n]{2,60}?)[?:：]?\s*$/;
const INDENT = /^\s*/;

function listTitle(rawLine: string, lines: readonly string[], n: number): string | null {
  if (rawLine.length > 70) return null;
  const m = LIST_TITLE.exec(rawLine);
  const next = lines[n + 1];
  if (!m || next === undefined || !LIST_ITEM.test(next)) return null;
  // Indented below it, or a bullet under a numbered line ("3) What I still have" over "- my password").
  const deeper = INDENT.exec(next)![0].length > m[1]!.length;
  return deeper || (/^\s*\d/.test(rawLine) && /^\s*[-*•]/.test(next)) ? m[2]! : null;
}

/**
 * A questionnaire's markers: "Q: What do you still have?" over "A: The password.". The answer is read under its
 * question, as a labelled line is under its label; the bare "A" says nothing.
 */
const QUESTION_LABEL = /^(?:q|question)\s*\d{0,2}$/;
const ANSWER_LABEL = /^(?:a|ans|answer)\s*\d{0,2}$/;

/** The reason as clauses (its first JUDGED_CHARS characters), line breaks read as the writer made them. */
export function clausesOf(raw: string): Clause[] {
  const text = raw.slice(0, JUDGED_CHARS).toLowerCase();
  const clauses: Clause[] = [];
  let heading: string | null = null;
  let question: string | null = null;
  // A title (`**What I still have**`, `## Tried`) heads its section up to the next heading, blank lines and all;
  // a line ending in a colon heads only the block below it. Neither ends before its first line of content.
  let titled = false;
  let content = false;
  let fenced = false;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const rawLine = lines[n]!;
    // What the writer pasted rather than wrote (an error message in a code block or a quote) says nothing
    // of their own story; the judge reads only their words.
    if (/^\s*(?:```|~~~)/.test(rawLine)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || /^\s*>/.test(rawLine)) continue;
    const line = rawLine.replace(QUOTED, ' ').trim();
    if (line === '') {
      if (!titled && content) heading = null;
      continue;
    }
    const marked = TITLE.exec(line);
    const title = (HEADING.exec(line) ?? marked ?? plainTitle(line, lines, n))?.[1] ?? listTitle(rawLine, lines, n);
    if (title !== null) {
      heading = title.replace(/^[#*_\s]+|[*_\s]+$/g, '');
      titled = marked !== null;
      content = false;
      clauses.push({ text: line, label: null, heading: null });
      if (clauses.length >= JUDGED_CLAUSES) return clauses;
      continue;
    }
    content = true;
    // A list item's label is read past its marker ("- When: last spring", "2) Tried: the old laptop").
    const item = line.replace(ITEM_MARKER, '');
    const labelled = BOLD_LABEL.exec(item) ?? LABEL.exec(item);
    let label = labelled ? labelled[1]!.trim() : null;
    if (label !== null && QUESTION_LABEL.test(label)) question = item.slice(labelled![0].length - 1);
    else {
      if (label !== null && ANSWER_LABEL.test(label)) label = question;
      question = null;
    }
    // Enough pieces for the clauses still wanted (twice over, for the empty ones a run of breaks leaves), not all
    // of a long line's: past JUDGED_CLAUSES nothing is read.
    const parts = line.split(CLAUSE_BREAK, 2 * (JUDGED_CLAUSES - clauses.length) + 2);
    // The label belongs to the line's first clause: a list item's marker leaves an empty piece before it.
    let first = true;
    for (let i = 0; i < parts.length; i++) {
      const part = (parts[i] ?? '').replace(/\s+/g, ' ').trim();
      if (part === '') continue;
      clauses.push({ text: part, label: first ? label : null, heading });
      first = false;
      if (clauses.length >= JUDGED_CLAUSES) return clauses;
    }
  }
  return clauses;
}
