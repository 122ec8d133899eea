/** A part of a text, by UTF-16 index: [start, end). Zod-free, so the content script can use it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Spans sorted, clamped to the text and merged where they overlap or touch, so that redacting never
 * leaves "[removed][removed]" or cuts a replacement into the middle of another one.
 */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const clamped = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** What a redaction leaves in place of a secret, so the writer sees where it was. */
export const REMOVED = '[removed]';

/** The text with every span replaced by `replacement`; text outside the spans is kept exactly. */
export function redact(text: string, spans: readonly Span[], replacement = REMOVED): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    parts.push(text.slice(at, span.start), replacement);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
