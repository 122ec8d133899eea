import { isMasked, type SecretKind, type SecretSpan } from './secret-scan';

/**
 * Secrets with a fixed, recognisable shape: they are leaks wherever they stand, with no need for a cue
 * word. Each pattern is a literal prefix followed by one character class with a bounded minimum, which
 * the regex engine matches in linear time (no nested or overlapping quantifiers).
 */

interface Format {
  kind: SecretKind;
  pattern: RegExp;
  /** Rejects look-alikes that share the prefix (package names, placeholders). */
  accept?: (value: string) => boolean;
}

// A PyPI token is `pypi-` + a base64url macaroon; every one starts with the same encoded "pypi.org"
// header, so a truncated `pypi-AgEIcHlwaS5vcmc…` reveals nothing and only a long run counts.
const hasUpperAndDigit = (v: string) => /[A-Z]/.test(v) && /[0-9]/.test(v);

const FORMATS: readonly Format[] = [
  { kind: 'pypi-token', pattern: /pypi-[A-Za-z0-9_-]{40,}/g, accept: (v) => hasUpperAndDigit(v.slice(5)) },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})/g },
  { kind: 'api-key', pattern: /\bAKIA[0-9A-Z]{16}\b/g },
  { kind: 'api-key', pattern: /\bnpm_[A-Za-z0-9]{36}\b/g },
  { kind: 'api-key', pattern: /\bglpat-[A-Za-z0-9_-]{20,}/g },
  { kind: 'api-key', pattern: /\bxox[abprs]-[A-Za-z0-9-]{20,}/g },
  { kind: 'api-key', pattern: /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}/g, accept: hasUpperAndDigit },
  // A link from a PyPI mail with its token: whoever opens a password-reset link can set the password.
  {
    kind: 'account-link',
    pattern:
      /\b(?:test\.)?pypi\.org\/account\/[a-z-]{4,40}\/?\?(?:[a-z_]{1,20}=[^\s&#]{0,200}&)?token=[A-Za-z0-9._~-]{20,}/g,
  },
];

function findFormats(text: string, out: SecretSpan[]): void {
  for (const { kind, pattern, accept } of FORMATS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const value = m[0];
      const end = m.index + value.length;
      // A run cut short with "..." or "…", or padded with x's, is a shown-but-hidden value.
      const trailer = text.slice(end, end + 3);
      if (isMasked(value) || trailer === '...' || trailer.startsWith('…') || trailer.startsWith('*')) continue;
      if (accept && !accept(value)) continue;
      out.push({ kind, start: m.index, end });
    }
  }
}

const OTPAUTH = /otpauth(?:-migration)?:\/\/[^\s<>"'`)\]]*/gi;
const SECRET_PARAM = /[?&]secret=([^&#\s]*)/i;

/** Any `otpauth://` URI that carries more than its scheme: the label alone already names the account. */
function findOtpauth(text: string, out: SecretSpan[]): void {
  OTPAUTH.lastIndex = 0;
  for (let m = OTPAUTH.exec(text); m; m = OTPAUTH.exec(text)) {
    const rest = m[0].replace(/^[^:]+:\/\/(?:[th]otp|offline)?\/?/i, '');
    if (rest.length < 3) continue;
    const secret = SECRET_PARAM.exec(m[0]);
    if (secret && isMasked(secret[1] ?? '')) continue;
    out.push({ kind: 'otpauth-uri', start: m.index, end: m.index + m[0].length });
  }
}

const BASE64_CHAR = /[A-Za-z0-9+/=]/;

/**
 * `-----BEGIN … PRIVATE KEY-----` with key material after it. The next END marker and the next blank
 * line are remembered and only searched for again once passed, so many headers stay linear.
 */
function findPrivateKeys(text: string, out: SecretSpan[]): void {
  let nextEnd = -2;
  let nextBlank = -2;
  let from = 0;
  for (let at = text.indexOf('-----BEGIN ', from); at !== -1; at = text.indexOf('-----BEGIN ', from)) {
    const headerClose = text.indexOf('-----', at + 11);
    from = at + 11;
    if (headerClose === -1 || headerClose - at > 80) continue;
    if (!/PRIVATE KEY/.test(text.slice(at, headerClose))) continue;
    const bodyStart = headerClose + 5;
    if (nextEnd !== -1 && nextEnd < bodyStart) nextEnd = text.indexOf('-----END', bodyStart);
    let end: number;
    if (nextEnd !== -1) {
      const close = text.indexOf('-----', nextEnd + 8);
      end = close !== -1 && close - nextEnd < 80 ? close + 5 : nextEnd + 8;
    } else {
      if (nextBlank !== -1 && nextBlank < bodyStart + 1) nextBlank = text.indexOf('\n\n', bodyStart + 1);
      end = nextBlank === -1 ? text.length : nextBlank;
    }
    let material = 0;
    const bodyEnd = nextEnd !== -1 ? nextEnd : end;
    for (let i = bodyStart; i < bodyEnd && material < 40; i++) if (BASE64_CHAR.test(text[i]!)) material++;
    if (material < 40) continue;
    out.push({ kind: 'private-key', start: at, end });
    from = end;
  }
}

/** Every fixed-shape secret in the text, in no particular order. */
export function findFormattedSecrets(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  findFormats(text, out);
  findOtpauth(text, out);
  findPrivateKeys(text, out);
  return out;
}
