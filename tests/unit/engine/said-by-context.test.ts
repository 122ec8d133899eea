import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { requestOf } from '../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** Every fact a complete request gives, so each case changes only the words it is about. */
const LOST = 'My phone went into the canal in Utrecht on 12 April, and the authenticator was on it.';
const TRIED = 'I restored the phone backup on a new handset, but the PyPI entry was not in it.';
const HELD = 'I still know my password and read the account email.';
const OWNED = 'I maintain `canal-tools` (github.com/canal-dev/canal-tools).';
const NO_CODES = 'I never saved the recovery codes.';
const SEARCHED = 'I searched every drawer and both laptop bags.';

describe('the recovery codes: what the words around them say', () => {
  it.each([
    'The recovery codes went into a chat file transfer, but the file has expired and cannot be downloaded any more.',
    'I searched for the recovery codes in my mail and on both laptops; that failed too.',
  ])('a failed place or a failed search is not a code refused: %s', (said) => {
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('codes kept for other services say nothing of this account', () => {
    const said =
      'My password safe has a folder where I keep recovery codes for other services; there is nothing for PyPI in it.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it.each([
    'My partner found the printed sheet in a drawer last night. I did not use the codes yet, I want to hear from you first.',
    'About the codes: I have them in a note on my laptop, but I am not comfortable to use them after a malware scare.',
    'The recovery codes do exist; they are in a box at my parents’ place and I can fetch them next month.',
  ])('codes that exist and could be used contradict the ticked box: %s', (said) => {
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a code found but refused still warns', () => {
    const said = 'I looked for my recovery codes and found one in an old note, but PyPI says it is invalid.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${said}`, 'recovery_codes.consistent')).toBe('warn');
  });
});

describe('a password given after "it was"', () => {
  it('is caught as a secret', () => {
    const said = 'I still remember the old webmail password, it was Heron_Lake2019, but that mailbox is deleted.';
    expect(status(`${LOST} ${TRIED} ${OWNED} ${NO_CODES} ${said}`, 'privacy.secrets')).toBe('fail');
  });

  it('is not confused with a word that follows "it was"', () => {
    const said = 'My PyPI password is fine, it was changed last spring.';
    expect(status(`${LOST} ${TRIED} ${OWNED} ${NO_CODES} ${said}`, 'privacy.secrets')).toBe('pass');
  });
});

describe('what was tried: deeds that are no attempt', () => {
  const EMAIL_LOST =
    'The address on my account was at my old employer and was closed when I left in March. I also forgot the password.';
  it.each([
    'My authenticator still has the PyPI entry and shows valid-looking codes.',
    'The password lived in a browser profile that was lost when I reinstalled my laptop.',
    'After updating the phone, the app made me sign in again and the entry was there as before.',
  ])('warns when the only deed told is not an attempt: %s', (said) => {
    expect(status(`${EMAIL_LOST} ${said} ${OWNED} ${NO_CODES}`, 'reason.attempts')).toBe('warn');
  });

  it('still hears a reinstall made as an attempt', () => {
    expect(
      status(
        `${LOST} I reinstalled the authenticator app and signed in to its backup. ${HELD} ${OWNED} ${NO_CODES}`,
        'reason.attempts',
      ),
    ).toBe('pass');
  });
});

describe('access that remains: the second factor itself', () => {
  const MAIL_GONE =
    'Our project mailbox was closed when we moved to a new provider in May, and the password was only in its old vault. We asked the old provider to restore the mailbox, without luck.';
  it('hears a working authenticator as what remains', () => {
    expect(
      status(
        `${MAIL_GONE} We do still have the TOTP for 2FA on the lead's phone. ${OWNED} ${NO_CODES}`,
        'reason.remaining_access',
      ),
    ).toBe('pass');
  });
});

describe('the main ask: a paragraph ends its sentence', () => {
  it('does not join a list of projects to the next paragraph’s plan', () => {
    const reason = [
      `${LOST} ${TRIED}`,
      'What we still have:\n- the password, in our team vault\n- github.com/canal-dev, where both projects live',
      'We would like to recover the account and move it to a shared, documented setup',
    ].join('\n\n');
    expect(status(`${reason}\n\n${NO_CODES}`, 'scope.recovery')).toBe('pass');
  });

  it('still reads an ask to move projects written in one paragraph', () => {
    const reason = `${LOST} ${HELD} ${OWNED} ${NO_CODES} Instead of recovering it, please move the projects to my new account \`canal-dev-2\`.`;
    expect(status(reason, 'scope.recovery')).toBe('fail');
  });
});

describe('what was lost, answered in a questionnaire', () => {
  it('hears a factor given after a "What:" label', () => {
    const reason = `**What:** my security key, the only second factor on the account.\n\n**How:** the puppy got hold of it on 2 June and did what puppies do; it is now in three pieces.\n\n**Tried:** two other laptops.\n\n${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });

  it('still fails a "What:" line that names no factor', () => {
    const reason = `**What:** I cannot get in any more.\n\n**When:** since my trip in June.\n\nI asked a friend at a meetup for advice. ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.lost_factor')).toBe('fail');
  });
});

describe('how and when: a time that belongs to the projects', () => {
  it.each([
    'My security key is no longer with me. I maintain `ferry-times` (releases since 2022).',
    'My security key is no longer with me. My package is at github.com/ferry/ferry-times, I publish it since 2021.',
  ])('does not read a release date as the time of the loss: %s', (story) => {
    expect(status(`${story} ${SEARCHED} ${HELD} ${NO_CODES}`, 'reason.circumstances')).toBe('fail');
  });

  it('a guest checking out is when a key was left behind, not a step tried', () => {
    const reason = `My security key stayed in the hotel safe when I checked out on 3 March, and the hotel cannot find it. ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('the main ask: words that look like another ask', () => {
  it('a lost key removed from the account is the recovery', () => {
    const said = 'I write so you know the old key is lost, and maybe you can remove it from my account.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${NO_CODES} ${said}`, 'scope.recovery')).toBe('pass');
  });

  it('a project removed from the account is a deletion', () => {
    const said = 'The project `canal-scratch` was only a test; please remove it from my account.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${NO_CODES} ${said}`, 'scope.recovery')).toBe('fail');
  });

  it('a company renamed in the story asks for no new username', () => {
    const said =
      'Timeline:\n- 2023: the company renamed to Ostrea Labs and moved its mail.\n- 2025: the lead who had the phone left.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${NO_CODES}\n\n${said}`, 'scope.recovery')).toBe('pass');
  });

  it('a name claimed with the recovery put off until after is the main ask', () => {
    const said =
      'The name `canal` has been idle for years. I would like you to give me this name; the 2FA problem I can handle after.';
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${NO_CODES} ${said}`, 'scope.recovery')).toBe('fail');
  });
});

describe('what was tried: deeds that are attempts after all, and means that are lacking', () => {
  const STOLEN = 'My phone was taken from a café table on 4 May, with the authenticator on it.';
  it.each([
    'I have been trying to get the authenticator going on a new phone, but it wants a text to the old number.',
    'We tracked down the colleague who set it up; he no longer has the codes.',
    'The café and the lost-property office never found it.',
  ])('hears an attempt: %s', (said) => {
    expect(status(`${STOLEN} ${said} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.attempts')).toBe('pass');
  });

  it('does not hear a reset link the writer has no way to get as an attempt', () => {
    const reason =
      'The address on my account was on a domain I let lapse in 2022, and I forgot the password; without that mailbox I have no way to get a reset link. I never set up 2FA. I maintain `canal-tools` (github.com/canal-dev/canal-tools).';
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('a screen that drops the writer back is no device dropped', () => {
    const reason = `I no longer have my authenticator. ${SEARCHED} The password reset works, but it drops me back at the 2FA prompt. ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});
