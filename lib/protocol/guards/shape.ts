/**
 * The few checks the zod-free guards are built from. Each guard accepts exactly what its zod schema in
 * ../messages.ts accepts (tests/unit/protocol holds every pair together on generated messages).
 */

/** The background's ping (../messages.ts PING): it carries nothing but its type. */
export const isPing = (v: unknown): boolean => isObject(v) && v.type === 'lifecycle:ping';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

/** Safe integers only, as zod's .int() has it: 2^53 and beyond are not positions in any string. */
export const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Spans as the schemas have them (at most 1000), or null. */
export function spansOf(v: unknown): Array<{ start: number; end: number }> | null {
  if (!Array.isArray(v) || v.length > 1000) return null;
  const spans: Array<{ start: number; end: number }> = [];
  for (const s of v as unknown[]) {
    if (!isObject(s) || !isIndex(s.start) || !isIndex(s.end)) return null;
    spans.push({ start: s.start, end: s.end });
  }
  return spans;
}
