import type { Span } from '../form/schema';

/**
 * Shared pieces of the secret scanners (lib/text/secrets.ts): the kinds, the text split into words, where
 * links are, and the short windows of text that give a candidate its context.
 *
 * Everything here is one pass over the text or works on a window of bounded size, so that the detectors
 * built on it stay linear however long or strange the input is.
 */

export type SecretKind =
  | 'pypi-token'
  | 'github-token'
  | 'api-key'
  | 'private-key'
  | 'otpauth-uri'
  | 'totp-secret'
  | 'recovery-code'
  | 'one-time-code'
  | 'password';

export interface SecretSpan extends Span {
  kind: SecretKind;
}

/** A run of text between separators, with wrapping punctuation (`**`, quotes, a final full stop) trimmed off. */
export interface Word extends Span {
  text: string;
}

// Whitespace and the punctuation that glues a label to its value ("code:123456", "KEY=…", "`…`", "**…**").
const isSeparator = (c: number) =>
  c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
  c === 34 || c === 39 || c === 96 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125 ||
  c === 60 || c === 62 || c === 44 || c === 59 || c === 58 || c === 61 || c === 124 || c === 42 ||
  c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0xab || c === 0xbb;
// Trimmed from the ends of a word only: they end sentences or wrap words, but also sit inside values.
const isEdgePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 95 || c === 0x2026;

/** The words of the text in order. Linear: each character is looked at a constant number of times. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
    let end = i;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    let s = i;
    let e = end;
    while (s < e && isEdgePunct(text.charCodeAt(s))) s++;
    while (e > s && isEdgePunct(text.charCodeAt(e - 1))) e--;
    if (e > s) words.push({ start: s, end: e, text: text.slice(s, e) });
    i = end;
  }
  return words;
}

const LINK_START = /(?:https?:\/\/|www\.|data:[a-z]+\/)/gi;

/**
 * Where links and inline data are. Hex strings and numbers inside them (commit URLs, query strings,
 * base64 images) are part of an address, not something the user typed as a value.
 */
export function linkSpans(text: string): Span[] {
  const spans: Span[] = [];
  LINK_START.lastIndex = 0;
  for (let m = LINK_START.exec(text); m; m = LINK_START.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && !/[\s<>"'`\])]/.test(text[end]!)) end++;
    spans.push({ start: m.index, end });
    LINK_START.lastIndex = end;
  }
  return spans;
}

/** Whether a span lies inside one of the (sorted, disjoint) link spans; `hint` makes a left-to-right walk linear. */
export class LinkIndex {
  private next = 0;
  constructor(private readonly spans: readonly Span[]) {}
  contains(span: Span): boolean {
    while (this.next < this.spans.length && this.spans[this.next]!.end <= span.start) this.next++;
    const link = this.spans[this.next];
    return link !== undefined && link.start <= span.start && span.end <= link.end;
  }
}

/**
 * Up to `size` characters before `at`, lower case, cut at a blank line or a sentence's end so that a cue
 * word in an earlier sentence does not lend its meaning to a number in the next one.
 */
export function windowBefore(text: string, at: number, size: number): string {
  const w = text.slice(Math.max(0, at - size), at).toLowerCase();
  const cut = Math.max(w.lastIndexOf('\n\n'), w.lastIndexOf('. '), w.lastIndexOf('.\n'));
  return cut === -1 ? w : w.slice(cut + 2);
}

/** Up to `size` characters after `at`, lower case, cut at the end of the line. */
export function windowAfter(text: string, at: number, size: number): string {
  const w = text.slice(at, at + size).toLowerCase();
  const cut = w.indexOf('\n');
  return cut === -1 ? w : w.slice(0, cut);
}

const MASK_WORD = /^\[?<?(?:removed|redacted|hidden|censored|masked|omitted|secret|token|password|code|your[-_ ]?\w+)>?\]?$/i;

/** Values already hidden: `****`, `xxxx…`, `•••`, `[removed]`, `<redacted>`, `…` in the middle. */
export function isMasked(value: string): boolean {
  if (value.length === 0) return true;
  if (MASK_WORD.test(value)) return true;
  if (/[*•●·…]/.test(value) || value.includes('...')) return true;
  if (/x{4,}|X{4,}/.test(value)) return true;
  return /^[xX0.#_-]+$/.test(value);
}
