import type { Span } from '../form/schema';
import { mergeSpans } from '../redact';
import { findContextSecrets } from './secret-context';
import { findFormattedSecrets } from './secret-formats';
import { findPasswords } from './secret-password';
import { LinkIndex, type SecretKind, type SecretSpan } from './secret-scan';

export type { SecretKind, SecretSpan } from './secret-scan';

/**
 * Every secret value in a text, as spans of the ORIGINAL string (UTF-16 indices) with their kind, sorted
 * by position. Masked values ("pypi-xxxx…", "****", "[removed]") and mere mentions ("my recovery codes",
 * "the API token") are not secrets. Deterministic and linear in the length of the text.
 */
export function findSecrets(text: string): SecretSpan[] {
  const fixed = findFormattedSecrets(text);
  const guessed = [...findContextSecrets(text, new LinkIndex(text)), ...findPasswords(text)];
  // A value with a known shape ("password: pypi-AgE…") is named by its shape, once.
  const all = [...fixed];
  const taken = mergeSpans(fixed, text.length);
  for (const span of guessed.sort((a, b) => a.start - b.start)) {
    if (!overlapsAny(taken, span)) all.push(span);
  }
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Binary search over disjoint sorted spans: the last one starting before `span` ends is the only one to check. */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && sorted[lo - 1]!.end > span.start;
}

/** How each kind is named to the user, and what to do beyond removing it ("Remove it, and …"). */
export const SECRET_NAMES: Readonly<Record<SecretKind, { name: string; advice: string }>> = {
  'pypi-token': { name: 'a PyPI API token', advice: 'revoke that token on pypi.org' },
  'github-token': { name: 'a GitHub access token', advice: 'revoke that token in your GitHub settings' },
  'api-key': { name: 'an access key', advice: 'revoke that key where it was issued' },
  'private-key': { name: 'a private key', advice: 'replace that key, since it must now count as leaked' },
  'otpauth-uri': {
    name: 'a two-factor setup link (otpauth://)',
    advice: 'set up two-factor again once you are back in, since it lets anyone make your login codes',
  },
  'totp-secret': {
    name: 'a two-factor secret key',
    advice: 'set up two-factor again once you are back in, since it lets anyone make your login codes',
  },
  'recovery-code': {
    name: 'a recovery code',
    advice: 'generate new recovery codes once you are back in, since anyone who reads one can use it',
  },
  'one-time-code': { name: 'a one-time login code', advice: 'keep such codes to yourself: support never needs one' },
  password: { name: 'a password', advice: 'change that password once you are back in' },
};

/** "a recovery code and a password", in the order they appear, each kind once. */
export function describeSecrets(spans: readonly SecretSpan[]): { names: string; advice: string[] } {
  const kinds = [...new Set(spans.map((s) => s.kind))];
  const names = kinds.map((k) => SECRET_NAMES[k].name);
  const joined =
    names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return { names: joined, advice: [...new Set(kinds.map((k) => SECRET_NAMES[k].advice))] };
}
