import { MAX_FIELD } from './limits';

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
