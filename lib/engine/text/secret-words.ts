import type { Span } from '../form/schema';

/**
 * Words of a text, found on demand around a position instead of splitting the whole text up front: the
 * secret detectors only ever judge a few candidate words (those with a digit, or a hex run) and the
 * neighbours right next to them, so ordinary prose costs one native regex scan and no allocation.
 *
 * A word is a run of text between separators, with wrapping punctuation (`**`, quotes, a final full
 * stop) trimmed off; runs that trim to nothing are not words.
 */
export interface Word extends Span {
  text: string;
  /** The untrimmed run of non-separators the word comes from: [from, to). */
  from: number;
  to: number;
}

// Whitespace and the punctuation that glues a label to its value ("code:123456", "KEY=…", "`…`", "**…**").
export const isSeparator = (c: number) =>
  c <= 32 ||
  c === 0xa0 ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0xfeff ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 34 ||
  c === 39 ||
  c === 96 ||
  c === 40 ||
  c === 41 ||
  c === 91 ||
  c === 93 ||
  c === 123 ||
  c === 125 ||
  c === 60 ||
  c === 62 ||
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 61 ||
  c === 124 ||
  c === 42 ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0xab ||
  c === 0xbb;
// Trimmed from the ends of a word only: they end sentences or wrap words, but also sit inside values.
const isEdgePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 95 || c === 0x2026;

/** The word made from the run [from, to), or null when trimming leaves nothing. */
function trimmed(text: string, from: number, to: number): Word | null {
  let s = from;
  let e = to;
  while (s < e && isEdgePunct(text.charCodeAt(s))) s++;
  while (e > s && isEdgePunct(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e, text: text.slice(s, e), from, to } : null;
}

/** The word whose run holds position `at` (a non-separator), or null if that run is only punctuation. */
export function wordAround(text: string, at: number): Word | null {
  let from = at;
  while (from > 0 && !isSeparator(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && !isSeparator(text.charCodeAt(to))) to++;
  return trimmed(text, from, to);
}

/*
 * The detectors consult a neighbour only when it is at most `gap` (1 or 2) characters away. A run that
 * trims to nothing needs a separator on each side, so a word beyond it is at least 3 away: the scans
 * below may stop at the first run, and never walk further than `gap` over separators.
 */

/** The word after `word` if it starts at most `gap` (≤ 2) characters after `word` ends. */
export function nextWordWithin(text: string, word: Word, gap: number): Word | null {
  const limit = word.end + gap;
  let i = word.to;
  while (i <= limit && i < text.length && isSeparator(text.charCodeAt(i))) i++;
  if (i > limit || i >= text.length) return null;
  let to = i;
  while (to < text.length && !isSeparator(text.charCodeAt(to))) to++;
  const next = trimmed(text, i, to);
  return next !== null && next.start - word.end <= gap ? next : null;
}

/** The word before `word` if it ends at most `gap` (≤ 2) characters before `word` starts. */
export function prevWordWithin(text: string, word: Word, gap: number): Word | null {
  const limit = word.start - gap;
  let i = word.from;
  while (i - 1 >= limit && i > 0 && isSeparator(text.charCodeAt(i - 1))) i--;
  if (i < limit || i === 0 || isSeparator(text.charCodeAt(i - 1))) return null;
  let from = i - 1;
  while (from > 0 && !isSeparator(text.charCodeAt(from - 1))) from--;
  const prev = trimmed(text, from, i);
  return prev !== null && word.start - prev.end <= gap ? prev : null;
}

/* Where candidate words are: the next digit, the next run of 16 hex letters. */

const DIGIT = /[0-9]/g;
const isHexLetter = (c: number) => c >= 97 && c <= 102;

/** Where `re` next matches at or after `from`, or the text's length. */
function nextHit(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

/**
 * Where the first run of 16 letters a–f starts at or after `from` (what /[a-f]{16}/ finds), or the text's
 * length. Any such run covers one of every 16th position, so only those are looked at, and the run
 * around one is measured: a regex would retry 15 letters at each position of hex-heavy text.
 */
export function nextHexRun(text: string, from: number): number {
  for (let q = from + 15; q < text.length; q += 16) {
    if (!isHexLetter(text.charCodeAt(q))) continue;
    let start = q;
    while (start > from && isHexLetter(text.charCodeAt(start - 1))) start--;
    let end = q + 1;
    while (end < text.length && end - start < 16 && isHexLetter(text.charCodeAt(end))) end++;
    if (end - start >= 16) return start;
  }
  return text.length;
}

/** The next ASCII digit at or after `from`: looked for by hand nearby (digit-dense text), then by the regex. */
export function nextDigit(text: string, from: number): number {
  const near = Math.min(text.length, from + 32);
  for (let i = from; i < near; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
  return near === text.length ? near : nextHit(DIGIT, text, near);
}
