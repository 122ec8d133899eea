import { describe, expect, it } from 'vitest';
import { privacySecrets } from '../../lib/rules/privacy-secrets';
import { analyse } from '../../lib/text/analysis';
import { findSecrets } from '../../lib/text/secrets';
import { isLinear, scaling } from './fuzz-support';

const TOKEN = `pypi-AgEIcHlwaS5vcmcCJDk1${'Zx9Qk2Lm7Np4Rt8Vw3'.repeat(6)}`;
const request = (reason: string, username = '`someone`') => ({
  username,
  reason,
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
  missing: [],
});
const run = (reason: string, username?: string) => privacySecrets.run(request(reason, username), analyse(reason));
const kinds = (text: string) => findSecrets(text).map((s) => s.kind);

describe('privacy.secrets tells the user what leaked', () => {
  it('names a PyPI token and says to revoke it', () => {
    const v = run(`I can still upload with ${TOKEN}`);
    expect(v.status).toBe('fail');
    expect(v.message).toBe(
      'This issue will be public. It contains what looks like a PyPI API token. Remove it, and revoke that token on pypi.org.',
    );
  });

  it('names every kind found, once each, in the order they appear', () => {
    const v = run('password: Hunter2!x and my codes 0a1b2c3d4e5f6789, 9f8e7d6c5b4a3210');
    expect(v.message).toContain('looks like a password and a recovery code.');
    expect(v.message).toContain('Remove them');
  });

  it('passes a reason that only talks about secrets', () => {
    expect(run('I lost my recovery codes and my password is not the problem; the API token still works.').status).toBe('pass');
  });

  it('offers a redaction of exactly the value, by position in the original text', () => {
    const reason = '🔑 ‏Recovery code: 0a1b2c3d4e5f6789 (unused)';
    const v = run(reason);
    expect(v.fix?.kind).toBe('redact');
    if (v.fix?.kind !== 'redact') return;
    expect(v.fix.field).toBe('reason');
    const [span] = v.fix.spans;
    expect(reason.slice(span!.start, span!.end)).toBe('0a1b2c3d4e5f6789');
  });

  it('looks at the username box too, and offers to clean that one when the reason is clean', () => {
    const v = run('I lost my phone.', `\`someone\` ${TOKEN}`);
    expect(v.status).toBe('fail');
    expect(v.message).toContain('in the username box');
    expect(v.fix).toMatchObject({ kind: 'redact', field: 'username' });
  });
});

describe('each kind of secret', () => {
  it.each([
    ['-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq0mR9tZ4Jk3VxQyWb2hN8sLc5fT1gUoPzYd6\n-----END RSA PRIVATE KEY-----', 'private-key'],
    ['otpauth://totp/PyPI:me?secret=JBSWY3DPEHPK3PXP&issuer=PyPI', 'otpauth-uri'],
    ['my 2fa secret JBSWY3DPEHPK3PXP', 'totp-secret'],
    ['the verification code 918273', 'one-time-code'],
    ['passwd=Correct-Horse-9', 'password'],
    ['ghp_0123456789abcdefABCDEF0123456789abcd', 'github-token'],
  ])('finds %j as %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('names a token once even when it is written as a password value', () => {
    expect(kinds(`password: ${TOKEN}`)).toEqual(['pypi-token']);
  });

  it.each([
    ['a 12-hex short hash', 'reverted in 3f9a1c2b4d5e'],
    ['a hash named as one', 'git hash 0a1b2c3d4e5f6789'],
    ['a year after "code"', 'the code stopped working in 2024'],
    ['a count after "codes"', 'I printed the codes 10000000 times'],
    ['a number named as an issue', 'see the code in issue 123456'],
    ['a compact date after "code"', 'code expired 20240517'],
    ['a masked TOTP secret', 'my TOTP secret was XXXX XXXX XXXX XXXX'],
    ['"my password is" then a common word', 'my password is definitely right'],
    ['a password line already redacted', 'password: ********'],
  ])('does not flag %s', (_what, text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('detection time grows linearly with the text', () => {
  // Inputs built to trip a backtracking matcher: many half-starts of every pattern the detectors use.
  it.each([
    ['"pypi-" over and over', 'pypi-'],
    ['unterminated quoted passwords', "password: 'abc "],
    ['private key headers with no end', '-----BEGIN PRIVATE KEY-----\n'],
    ['code words and digits', 'code 12345 '],
    ['hex and base32 runs', 'recovery 0a1b2c3d4e5f678 secret ABCD EFGH 2345 '],
    ['links with no end', 'https://x.org/a1b2c3d4e5f60718'],
    ['one long word', 'a'],
  ])('%s: 1 MB takes at most ~20x as long as 100 KB', (what, unit) => {
    const s = scaling(findSecrets, unit);
    console.log(`findSecrets, ${what}: ${s.msPerMb.toFixed(0)} ms per MB, 10x input took ${s.ratio.toFixed(1)}x`);
    expect(isLinear(s), `${s.ratio.toFixed(1)}x`).toBe(true);
    expect(s.largeMs).toBeLessThan(3000);
  }, 20_000);
});
