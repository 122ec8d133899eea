import { mergeSpans } from '../redact';
import { findContextSecrets } from './secret-context';
import { findFormattedSecrets } from './secret-formats';
import { findPasswords } from './secret-password';
import { LinkIndex, overlapsSorted, type SecretKind, type SecretSpan } from './secret-scan';
import { said, type MessageKey, type Said } from '../words';

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
    if (!overlapsSorted(taken, span.start, span.end)) all.push(span);
  }
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** How each kind is named to the user, and what to do beyond removing it ("Remove it, and …"), by message key. */
export const SECRET_NAMES: Readonly<Record<SecretKind, { name: MessageKey; advice: MessageKey }>> = {
  'pypi-token': { name: 'secret_pypi_token', advice: 'secret_advice_pypi_token' },
  'github-token': { name: 'secret_github_token', advice: 'secret_advice_github_token' },
  'api-key': { name: 'secret_api_key', advice: 'secret_advice_api_key' },
  'private-key': { name: 'secret_private_key', advice: 'secret_advice_private_key' },
  'otpauth-uri': { name: 'secret_otpauth_uri', advice: 'secret_advice_otpauth_uri' },
  'account-link': { name: 'secret_account_link', advice: 'secret_advice_account_link' },
  // The same advice as a setup link: both let anyone make the login codes.
  'totp-secret': { name: 'secret_totp_secret', advice: 'secret_advice_otpauth_uri' },
  'recovery-code': { name: 'secret_recovery_code', advice: 'secret_advice_recovery_code' },
  'one-time-code': { name: 'secret_one_time_code', advice: 'secret_advice_one_time_code' },
  password: { name: 'secret_password', advice: 'secret_advice_password' },
};

/** "a recovery code and a password", in the order they appear, each kind once; and what to do about each. */
export function describeSecrets(spans: readonly SecretSpan[]): { names: { list: Said[] }; advice: { list: Said[] } } {
  const kinds = [...new Set(spans.map((s) => s.kind))];
  return {
    names: { list: kinds.map((k) => said(SECRET_NAMES[k].name)) },
    advice: { list: [...new Set(kinds.map((k) => SECRET_NAMES[k].advice))].map((key) => said(key)) },
  };
}
