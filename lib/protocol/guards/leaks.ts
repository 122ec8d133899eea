import { MAX_FIELD } from './limits';
import type { Leak, LeaksMessage } from './messages';

/**
 * The page's side of the leak guard, kept free of zod and of the detectors so the content script stays
 * small: a fingerprint of the text a report was made from, and a hand-written twin of
 * `LeaksMessageSchema` (tests/unit/leaks.test.ts holds the two together on generated messages).
 */

/**
 * Lengths plus a 32-bit FNV-1a hash of both fields. The page and the background compute it over the
 * same text (the snapshot cuts fields at MAX_FIELD), so equal fingerprints mean the report is current.
 * Not a security measure: it only has to tell "the text changed since" apart, which lengths + hash do.
 */
export function fingerprint(username: string, reason: string): string {
  const u = username.slice(0, MAX_FIELD);
  const r = reason.slice(0, MAX_FIELD);
  let hash = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      hash ^= s.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  mix(u);
  mix('\u0000');
  mix(r);
  return `${u.length}:${r.length}:${(hash >>> 0).toString(16)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
// Safe integers only, as zod's .int() has it: 2^53 and beyond are not positions in any string.
const index = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function parseLeak(v: unknown): Leak | null {
  if (!isObject(v) || (v.field !== 'username' && v.field !== 'reason') || !str(v.text, MAX_FIELD)) return null;
  if (!Array.isArray(v.spans) || v.spans.length > 1000 || !Array.isArray(v.kinds) || v.kinds.length > 20) return null;
  const spans: Leak['spans'] = [];
  for (const s of v.spans as unknown[]) {
    if (!isObject(s) || !index(s.start) || !index(s.end)) return null;
    spans.push({ start: s.start, end: s.end });
  }
  const kinds: string[] = [];
  for (const k of v.kinds as unknown[]) {
    if (!str(k, 40)) return null;
    kinds.push(k);
  }
  return { field: v.field, text: v.text, spans, kinds };
}

/** The message as LeaksMessageSchema would parse it (unknown keys dropped), or null. */
export function parseLeaksMessage(message: unknown): LeaksMessage | null {
  if (!isObject(message) || message.type !== 'leaks' || !str(message.checked, 100) || !str(message.names, 500)) return null;
  if (!Array.isArray(message.leaks) || message.leaks.length > 2) return null;
  const leaks: Leak[] = [];
  for (const l of message.leaks as unknown[]) {
    const leak = parseLeak(l);
    if (!leak) return null;
    leaks.push(leak);
  }
  return { type: 'leaks', checked: message.checked, names: message.names, leaks };
}
