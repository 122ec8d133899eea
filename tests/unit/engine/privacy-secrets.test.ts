import { describe, expect, it } from 'vitest';
import { privacySecrets } from '../../../lib/engine/rules/privacy-secrets';
import { analyse } from '../../../lib/engine/text/analysis';
import { findSecrets } from '../../../lib/engine/text/secrets';
import { SECRET_SHAPES, repeatTo } from '../../../scripts/bench/shapes';
import { requestOf } from '../builders';

const TOKEN = `pypi-AgEIcHlwaS5vcmcCJDk1${'Zx9Qk2Lm7Np4Rt8Vw3'.repeat(6)}`;
const run = (reason: string, username?: string) => privacySecrets.run(requestOf(reason, username), analyse(reason));
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
    expect(run('I lost my recovery codes and my password is not the problem; the API token still works.').status).toBe(
      'pass',
    );
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
    [
      '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7bq0mR9tZ4Jk3VxQyWb2hN8sLc5fT1gUoPzYd6\n-----END RSA PRIVATE KEY-----',
      'private-key',
    ],
    ['otpauth://totp/PyPI:me?secret=JBSWY3DPEHPK3PXP&issuer=PyPI', 'otpauth-uri'],
    ['my 2fa secret JBSWY3DPEHPK3PXP', 'totp-secret'],
    ['the verification code 918273', 'one-time-code'],
    ['passwd=Correct-Horse-9', 'password'],
    ['ghp_0123456789abcdefABCDEF0123456789abcd', 'github-token'],
    ['the mail said https://pypi.org/account/reset-password/?token=Zm9vYmFy.cXV1eC1xdXV4.c2lnbmF0dXJl', 'account-link'],
  ])('finds %j as %s', (text, kind) => {
    expect(kinds(text)).toEqual([kind]);
  });

  it('leaves the address of a PyPI page alone when no token is in it', () => {
    expect(kinds('The page https://pypi.org/account/reset-password/ says the link has expired.')).toEqual([]);
    expect(kinds('I opened https://pypi.org/account/reset-password/?token=… and it failed.')).toEqual([]);
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

describe('detection on a megabyte built to trip a backtracking matcher', () => {
  // Many half-starts of every pattern the detectors use (speed per MB is printed by `npm run bench`; a
  // catastrophic pattern would not finish a megabyte within the test timeout).
  const EXPECTED: Record<string, (text: string, found: ReturnType<typeof findSecrets>) => void> = {
    '"pypi-" over and over': (_t, found) => expect(found).toEqual([]),
    'unterminated quoted passwords': (_t, found) => {
      expect(found.length).toBeGreaterThan(1000);
      expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['password']));
    },
    // No END line: the key runs to the end of the text, and is one finding, not one per header.
    'private key headers with no end': (text, found) =>
      expect(found).toEqual([{ kind: 'private-key', start: 0, end: text.length }]),
    'code words and digits': (_t, found) => expect(found).toEqual([]),
    'hex and base32 runs': (_t, found) => expect(found).toEqual([]),
    'links with no end': (_t, found) => expect(found).toEqual([]),
    'one long word': (_t, found) => expect(found).toEqual([]),
    // A row that never closes its last field is not a row of an export.
    'an export row with no end': (_t, found) => expect(found).toEqual([]),
    // Thousands of values, each found once: the overlap checks must not compare every value with every other.
    'passwords in passing, over and over': (_t, found) => {
      expect(found.length).toBeGreaterThan(10_000);
      expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['password']));
    },
    'labelled passwords, over and over': (_t, found) => {
      expect(found.length).toBeGreaterThan(10_000);
      expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['password']));
    },
  };

  it.each(Object.entries(SECRET_SHAPES))(
    '%s: finishes with the right findings, the same each time',
    (shape, unit) => {
      const text = repeatTo(unit, 1_000_000);
      const found = findSecrets(text);
      EXPECTED[shape]!(text, found);
      for (const f of found) expect(f.end <= text.length && f.start < f.end).toBe(true);
      expect(findSecrets(text)).toEqual(found);
    },
    20_000,
  );
});

describe('a secret given in passing', () => {
  it('finds a password later in a sentence about the password, in brackets or after "it is"', () => {
    expect(kinds('I know my password (it is Pl4typus!Moon if that helps) but the 2FA is gone.')).toEqual(['password']);
    expect(kinds('It is the same password as in my password manager (Qw3rty#Lake), so that is fine.')).toEqual([
      'password',
    ]);
    expect(kinds('The password I used everywhere back then, it is Tango_77_Orbit, still works.')).toEqual(['password']);
  });

  it('finds a password typed, quoted in backticks, or written right after the word, and one with an @ in it', () => {
    expect(kinds('To be sure the password works I typed Quartz#Meadow81 this morning.')).toEqual(['password']);
    expect(kinds('The password has not changed since I set it, `Lark-Valley-2020!`.')).toEqual(['password']);
    expect(kinds('I still know the login: user heron, password Ember!Tide42 (I will change it).')).toEqual([
      'password',
    ]);
    expect(kinds('The password I still know, it is Fj@rd_Light77 if you want to check.')).toEqual(['password']);
    // A browser's name or an address is not a password.
    expect(kinds('I tried the password reset in Firefox-128 and from heron@mailbox.example.')).toEqual([]);
  });

  it('finds a one-time code pasted under "it showed:", across the blank line', () => {
    expect(kinds('This morning the app showed:\n\n```\nPyPI (heron)   381 204\n```')).toEqual(['one-time-code']);
    // Without the colon, a blank line still ends what a number can refer to.
    expect(kinds('My code was rejected.\n\nI live at 381 204 Quay Street.')).toEqual([]);
  });

  it('finds a TOTP secret under a line that only points back to the sentence naming it', () => {
    const told = 'Years ago I copied the authenticator seed onto an index card. This is what it says:';
    expect(kinds(`${told}\n\nMZXW6YTBOI2DKNRXHA4TCMBSGM3DIMBV\n\nI typed it into a new app.`)).toEqual(['totp-secret']);
    // Two sentences back is too far: the line before the value must say what it is.
    expect(
      kinds('I kept the seed. Then I moved house. Anyway, this is it:\n\nMZXW6YTBOI2DKNRXHA4TCMBSGM3DIMBV'),
    ).toEqual([]);
  });

  it('finds a password the next sentence gives by "it is", and only that form there', () => {
    expect(kinds('I still know my password. To save you a step, it is Quill#Marsh2031, so you can check.')).toEqual([
      'password',
    ]);
    expect(kinds("The password is not what fails, it's still Wren#Harbor-0917 and the site takes it.")).toEqual([
      'password',
    ]);
    // A name in backticks after a sentence about the password is a project, not the password.
    expect(kinds('I still know my password. My projects: `Quill-Marsh-Tools` and `marsh-cli`.')).toEqual([]);
  });

  it('finds a password after a colon inside an aside about the password', () => {
    expect(kinds('I know my password (the one saved in my manager: Wren-Tide!4471, I will rotate it later).')).toEqual([
      'password',
    ]);
    // A tool's name or a time after the colon is not one.
    expect(kinds('My password manager: KeePassXC, and the password reset at 09:45 went through.')).toEqual([]);
  });

  it('finds a password given as what it is now, after a reset', () => {
    expect(kinds('I reset it this morning, so the password is now Heron#Dusk58 if you need it.')).toEqual(['password']);
    expect(kinds('My password is currently set to Quill_9_Rapids.')).toEqual(['password']);
    expect(kinds('The password is now known only to me again.')).toEqual([]);
  });

  it('leaves brackets and asides about the password alone', () => {
    expect(kinds('My password (which I still know) works up to the 2FA page.')).toEqual([]);
    expect(kinds('My password manager (KeePassXC 2.7) has no entry for PyPI.')).toEqual([]);
    expect(kinds('The password reset (I tried it on 2026-01-12) sent me a mail.')).toEqual([]);
  });

  it('finds a one-time code quoted from the app, however the app shows it', () => {
    expect(kinds('Right now the app is showing 731942 and PyPI refuses it.')).toEqual(['one-time-code']);
    expect(kinds('Authy shows 204 118 but the login page says the code is wrong.')).toEqual(['one-time-code']);
    expect(kinds('The app shows 1204 downloads of my package this week.')).toEqual([]);
  });

  it('finds a password named by a few words about where it is set', () => {
    expect(kinds('So you can check, the password currently set on the account is Moss-Lantern-6620.')).toEqual([
      'password',
    ]);
    expect(kinds('The password on my account is still the same one as last year.')).toEqual([]);
    expect(kinds('The password reset link I got yesterday is expired.')).toEqual([]);
    // A table's cell after "password hints" is a hint, as it is after "password hint".
    expect(kinds('| Password hints | Rowan77 |')).toEqual([]);
  });

  it('finds a setup key copied by hand in groups, a slip outside the alphabet included', () => {
    expect(kinds('The setup key I noted down back then: RT4K 9QWX LM2P 8ZHC VB5N 0DFG.')).toEqual(['totp-secret']);
    // Four groups or more may come a long sentence after the word that names them.
    expect(
      kinds(
        'I found the setup key I copied when I first turned on 2FA in 2023, though I enrolled again since, so it is stale now: 5HQT W3RZ KM7P 2LXV',
      ),
    ).toEqual(['totp-secret']);
    // Capitals in groups of four with no digits are words shouted, not a key.
    expect(kinds('My 2fa note says: LOST WITH THIS OLD FONE')).toEqual([]);
  });

  it('finds a value set on its own line under a sentence that stops on its verb', () => {
    expect(
      kinds('The key my password manager kept for PyPI is\n\nKRSX G5CT MVRX I2LN\n\nand it no longer works.'),
    ).toEqual(['totp-secret']);
    // A finished sentence still ends what the block below can refer to.
    expect(kinds('My authenticator seed is gone.\n\nRoom 4417 B2C3 was where we met.')).toEqual([]);
  });

  it('finds a one-time code the app "gave"', () => {
    expect(
      kinds('The codes from the new phone are refused: this morning it gave 482 915 and the site said invalid.'),
    ).toEqual(['one-time-code']);
  });

  it('finds one-time codes the writer typed or entered, and leaves counts of tries alone', () => {
    expect(kinds('At the login page I typed 604219, then 604220 a minute later; both were refused.')).toEqual([
      'one-time-code',
      'one-time-code',
    ]);
    expect(kinds('I entered 118204 twice and got "invalid code" both times.')).toEqual(['one-time-code']);
    expect(kinds('I tried 3 times, on 2 phones, over 14 days.')).toEqual([]);
  });

  it('finds a one-time code given as an example of the codes that fail, and not a count or a date given so', () => {
    expect(kinds('The restored app makes codes, but each is turned down (for example 583061 at noon today).')).toEqual([
      'one-time-code',
    ]);
    expect(kinds('The codes fail on some days, for example 20260514, the day I first noticed.')).toEqual([]);
  });

  it('finds a recovery code copied at another length, and not a short commit hash', () => {
    expect(kinds('One of the old recovery codes was 7c1e09ab44d2, and it was refused.')).toEqual(['recovery-code']);
    expect(kinds('Backup code: 4410-2987-6613')).toEqual(['recovery-code']);
    expect(findSecrets('the recovery codes are 9e2c 41b7 d03a 5f68, on paper').map((s) => [s.start, s.end])).toEqual([
      [23, 42],
    ]);
    expect(kinds('The commit that fixed the recovery code page was 7c1e09ab44d2.')).toEqual([]);
    expect(kinds('My recovery codes were printed on paper, 10 of them, 16 characters each.')).toEqual([]);
  });

  it('finds a plain password said to be the value, and leaves plain words in brackets alone', () => {
    expect(kinds("my password 'marigold58' still gets me to the code prompt")).toEqual(['password']);
    expect(kinds('my pw still works (its harborlight19)')).toEqual(['password']);
    expect(kinds('my password is kept in my vault (release2024) and works')).toEqual([]);
    expect(kinds("my password 'sunshine' is the one I forgot")).toEqual([]);
  });

  it('finds a password given as "my pass is", and not a pass of another kind', () => {
    expect(kinds('my pass is wren-hollow55 if you need to check')).toEqual(['password']);
    expect(kinds('my pass is the same as before and my bus pass is valid')).toEqual([]);
  });

  it('finds a one-time code named as the subject of its sentence, its value at the end', () => {
    expect(kinds('The final code my authenticator displayed before the battery gave out was 508317.')).toEqual([
      'one-time-code',
    ]);
    // A code for something else keeps its number.
    expect(kinds('The code of the support ticket they opened for me was 508317.')).toEqual([]);
    expect(kinds('The code I kept getting at the login page, as far as I remember, was wrong.')).toEqual([]);
  });

  it('finds a password with asterisks between its words, and leaves a value hidden by a run of them', () => {
    expect(kinds('The login still reaches the code page (my password is Ferry*Lamp*8830, if it helps).')).toEqual([
      'password',
    ]);
    expect(kinds('My password is Ferr**** and it still works.')).toEqual([]);
  });

  it("finds the password in a row pasted from a password manager's export, and nothing in other quoted rows", () => {
    const row = '"PyPI","heron-dev","Quay#Lantern-4410","https://pypi.org/account/login/"';
    expect(kinds(`I checked my vault export first; the entry reads:\n\n${row}\n\nand it is accepted.`)).toEqual([
      'password',
    ]);
    expect(kinds('Our pinned set is "PyQt5-tools","Django-Rest3","NumPy2-Stubs".')).toEqual([]);
  });

  it('finds a password given as "user / password", or as "the same old …" with symbols in it', () => {
    expect(kinds('The login details I use are gull-dev / Marsh#Reed2031 if you need them.')).toEqual(['password']);
    expect(kinds("My password's still the same old Reed!Marsh#1990, which is how I know that part is fine.")).toEqual([
      'password',
    ]);
    // A product after "old" is no password.
    expect(kinds('Tried: a password reset, and searching our old 1Password export.')).toEqual([]);
  });

  it('finds a password in brackets after "still" or a bare "is", its own "!" or a stray space before the comma included', () => {
    expect(kinds('I still know the password (still Lantern!Bay44, I will change it) and the mail.')).toEqual([
      'password',
    ]);
    expect(kinds('I have my password (is Tortuga#2018! , I change it later) and my email.')).toEqual(['password']);
    // Words in brackets that end on "!" are not a password.
    expect(kinds('My password (still works, luckily!) is not the problem.')).toEqual([]);
  });

  it('finds a TOTP secret named as one right after it, as well as right before', () => {
    expect(kinds('In my notes there is only JBSWY3DPEHPK3PXPQ4ZT, which must be the old TOTP seed.')).toEqual([
      'totp-secret',
    ]);
    expect(kinds('Digging through my notes I found a base32 string, ORSXG5BAMFZXI4ZAMVXG, nothing else.')).toEqual([
      'totp-secret',
    ]);
    // A shouted word with no such name near it is no secret.
    expect(kinds('The build of WORKSTATIONSEVEN2 failed again, which is not related.')).toEqual([]);
  });

  it('does not take a password manager named in brackets for the password', () => {
    expect(kinds('What I still have: password (1Password), the registered email, and the repository.')).toEqual([]);
  });
});
