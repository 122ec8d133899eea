import type { Span } from '../form/schema';

/**
 * Shared pieces of the secret scanners (lib/text/secrets.ts): the kinds, where links are, and the short
 * windows of text that give a candidate its context (words are found in secret-words.ts).
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
  | 'account-link'
  | 'totp-secret'
  | 'recovery-code'
  | 'one-time-code'
  | 'password';

export interface SecretSpan extends Span {
  kind: SecretKind;
}

const LINK_START = /(?:https?:\/\/|www\.|data:[a-z]+\/)/gi;
const LINK_END = /[\s<>"'`\])]/g;

/**
 * Where links and inline data are. Hex strings and numbers inside them (commit URLs, query strings,
 * base64 images) are part of an address, not something the user typed as a value.
 */
export function linkSpans(text: string): Span[] {
  const spans: Span[] = [];
  LINK_START.lastIndex = 0;
  for (let m = LINK_START.exec(text); m; m = LINK_START.exec(text)) {
    // One native search for where the address stops, rather than a regex test per character.
    LINK_END.lastIndex = m.index + m[0].length;
    const end = LINK_END.exec(text)?.index ?? text.length;
    spans.push({ start: m.index, end });
    LINK_START.lastIndex = end;
  }
  return spans;
}

/**
 * Whether a span lies inside a link; asked left to right, so one cursor over the sorted, disjoint link
 * spans keeps it linear. The links are only looked for on the first question: most texts have no
 * candidate secret at all, and then no link scan is needed.
 */
export class LinkIndex {
  private next = 0;
  private spans: readonly Span[] | undefined;
  constructor(private readonly text: string) {}
  contains(span: Span): boolean {
    if (this.spans === undefined) this.spans = linkSpans(this.text);
    const spans = this.spans;
    while (this.next < spans.length && spans[this.next]!.end <= span.start) this.next++;
    const link = spans[this.next];
    return link !== undefined && link.start <= span.start && span.end <= link.end;
  }
}

/**
 * Lower-case slices of a text, for the windows below. A text with hundreds of candidates would
 * lower-case the same characters again for every window, so after a few windows the whole text is
 * lower-cased once, when that lines up character for character with lower-casing each window alone: no
 * 'İ' (which grows into two characters) and no 'Σ' (whose lower case depends on its neighbours).
 */
export class LowerText {
  private whole: string | null | undefined;
  private asked = 0;
  constructor(readonly text: string) {}
  slice(from: number, to: number): string {
    if (this.whole === undefined && ++this.asked > 64) {
      const lower = this.text.toLowerCase();
      this.whole = lower.length === this.text.length && !/[\u0130\u03a3]/.test(this.text) ? lower : null;
    }
    return this.whole ? this.whole.slice(from, to) : this.text.slice(from, to).toLowerCase();
  }
}

/** The end of a line that leads into the block below it. */
const LEADS_IN = /(?::|\b(?:is|was|are|were|reads|read|shows|showed|says|said|like|as|be))[ \t]*$/;

/**
 * Up to `size` characters before `at`, lower case, cut at a blank line or a sentence's end so that a cue
 * word in an earlier sentence does not lend its meaning to a number in the next one.
 */
export function windowBefore(lower: LowerText, at: number, size: number): string {
  const w = lower.slice(Math.max(0, at - size), at);
  // A blank line ends what the number can refer to, unless the line above leads into the block below: a colon
  // ("it showed:" over a pasted line) or a sentence that stops on its verb ("the seed it shows is" over the value).
  let paragraph = w.lastIndexOf('\n\n');
  while (paragraph > 0 && LEADS_IN.test(w.slice(0, paragraph))) paragraph = w.lastIndexOf('\n\n', paragraph - 1);
  const sentenceEnd = (before: number) =>
    Math.max(paragraph, w.lastIndexOf('. ', before), w.lastIndexOf('.\n', before));
  let cut = sentenceEnd(w.length);
  // "I wrote the setup key down. Here it is:" over the value: a sentence that only introduces it points back
  // to the one before, which names what it is.
  if (cut > 0 && /:\s*$/.test(w.slice(cut))) cut = sentenceEnd(cut - 1);
  return cut === -1 ? w : w.slice(cut + 2);
}

/** Up to `size` characters after `at`, lower case, cut at the end of the line. */
export function windowAfter(lower: LowerText, at: number, size: number): string {
  const w = lower.slice(at, at + size);
  const cut = w.indexOf('\n');
  return cut === -1 ? w : w.slice(0, cut);
}

export const MASK_WORD =
  /^\[?<?(?:removed|redacted|hidden|censored|masked|omitted|secret|token|password|code|your[-_ ]?\w+)>?\]?$/i;

/** Values already hidden: `****`, `xxxx…`, `•••`, `[removed]`, `<redacted>`, `…` in the middle. */
export function isMasked(value: string): boolean {
  if (value.length === 0) return true;
  if (MASK_WORD.test(value)) return true;
  if (/[*•●·…]/.test(value) || value.includes('...')) return true;
  if (/x{4,}|X{4,}/.test(value)) return true;
  return /^[xX0.#_-]+$/.test(value);
}

/**
 * Whether [start, end) overlaps one of `spans`, sorted by start and disjoint: a binary search, so that a text
 * with thousands of values stays linear.
 */
export function overlapsSorted(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && spans[lo - 1]!.end > start;
}

/**
 * Whether [start, end) overlaps a value found in passing. Each cue reads at most 120 characters past itself and
 * cues come in order, so what was found comes in nearly rising order: only the last few can overlap.
 */
const NEAR = 64 + 120 + 64;
export function overlapsRecent(found: readonly Span[], start: number, end: number): boolean {
  for (let k = found.length - 1; k >= 0 && found[k]!.start >= start - NEAR; k--)
    if (found[k]!.start < end && start < found[k]!.end) return true;
  return false;
}
