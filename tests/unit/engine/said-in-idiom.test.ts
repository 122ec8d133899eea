import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const TRIED = 'I set up the authenticator again on a new phone, and it came back with no accounts.';
const HELD = 'I know my password and the account email is mine.';
const OWNED = 'I maintain `tide-gauge` (github.com/coastal-dev/tide-gauge).';
const NO_CODES = 'I never saved the recovery codes.';

describe('a loss told in idiom', () => {
  it.each([
    'Somewhere between two stations my phone, with the authenticator on it, walked off while I slept.',
    'The department YubiKey, our only second factor, was last seen at the spring workshop.',
    'I came home from the match phoneless, and the phone had my only authenticator.',
  ])('names what was lost: %s', (story) => {
    expect(status(`${story} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('a key "taken out" by an update names the loss', () => {
    const story = 'A firmware update took out the passkey I had registered as my only security key on PyPI.';
    expect(status(`${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('a theft told by the hand that did it names the loss', () => {
    const story =
      'At a crossing a cyclist pulled my phone from its handlebar mount. It was the phone with my PyPI 2FA.';
    expect(status(`${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('a reset done "the forgot-password thing" way is a step, not a forgotten password', () => {
    const story = 'Since the new year the site has not let me in. I did the forgot-password thing and it worked.';
    expect(status(`${story} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('fail');
  });
});

describe('when, and what only looks like when', () => {
  const LOSS = 'I no longer have the authenticator for PyPI.';

  it('a wipe done "in an attempt to fix" the phone is how the authenticator was lost, not a step tried', () => {
    const story = 'I wiped my tablet in an attempt to fix a charging fault, and the authenticator went with it.';
    const tried = 'I looked through my notes for recovery codes and found nothing.';
    expect(status(`${story} ${tried} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('pass');
  });

  it('a habit or a plain work address says nothing of how or when', () => {
    const held = 'The account address is my work address, which I read every day, and I know the password.';
    const tried = 'I restored my cloud backup, and the authenticator was not in it.';
    expect(status(`${LOSS} ${tried} ${NO_CODES} ${held} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });

  it.each([
    'Good day, I write because the authenticator for PyPI is no longer available to me.',
    'Good day team, I am writing as my authenticator for PyPI can no longer be used.',
  ])('a greeting that wishes a good day is no when: %s', (opening) => {
    const tried = 'I restored my cloud backup, and the authenticator was not in it.';
    expect(status(`${opening} ${tried} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });

  it.each(['It happened on Halloween night.', 'It happened during the street festival downtown.'])(
    'a day the calendar names is a when: %s',
    (when) => {
      expect(status(`${LOSS} ${when} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('pass');
    },
  );
});

describe('steps, in the words of writers whose English is their second language', () => {
  const LOST = 'My phone fell in the harbour on 4 May and the authenticator was on it.';

  it.each([
    'I bring it to the service, they said the board can not be repaired.',
    'I check google backup but nothing there.',
    'My sister had the phone before me; she confirmed the entry is gone.',
    'I went back to the phone stall the next day, they could not help.',
    'It stopped charging, so I gave it to a small repair counter; they said the board is finished.',
  ])('names a step taken: %s', (step) => {
    expect(status(`${LOST} ${step} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it('a verified address is something held, not a check made', () => {
    const held = 'Still have: password, verified email (team mailbox), owner of github.com/coastal-dev.';
    expect(status(`${LOST} ${NO_CODES} ${held} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });
});

describe('codes and secrets', () => {
  const LOST = 'My phone fell in the harbour on 4 May and the authenticator was on it.';

  it('codes spent to get in are codes at hand, not codes refused', () => {
    const codes = 'My recovery codes sit in my vault and I already used two of them to log in after that.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a printout kept from the day the key was enrolled is at hand', () => {
    const codes =
      'Recovery codes: we keep the printout from when the key was enrolled, in the office safe, all unused.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a password under a short "pass:" label is caught', () => {
    const leak = 'It fails only at the 2FA step:\nlogin: tide-keeper\npass: Harbour#88gull';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${leak}\n${OWNED}`, 'privacy.secrets')).toBe('fail');
  });

  it('codes spent on earlier logins are still codes at hand', () => {
    const codes = 'The recovery codes are in my notebook; I already used two of them for earlier logins.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a question in a self-interview holds no codes', () => {
    const qa = 'Did you have recovery codes? - No, I never generated them.';
    expect(status(`${LOST} ${TRIED} ${qa} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('codes spent once to get in, with the rest unused, are at hand', () => {
    const codes = 'I used one recovery code to get in that night and still have seven unused ones.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('"password, email, admin on the repo" in a list of what is held mails nobody', () => {
    const held = 'Still have: password, email, admin on github.com/coastal-dev/tide-gauge';
    expect(status(`${LOST}\n${NO_CODES}\n${held}\n${OWNED}`, 'reason.attempts')).toBe('warn');
  });

  it('"what I really need is the project name" then "transfer it to me" is another ask', () => {
    const ask =
      'What I really need, though, is the project name `tide-tables`. Someone registered it in 2020 and left it empty; please transfer it to me.';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}\n\n${ask}`, 'scope.recovery')).toBe('fail');
  });

  it.each([
    'I did look for my recovery codes: they are in my vault, and I have already used seven of the eight.',
    'The recovery codes are in my drive and I can open the file, but I already used two of them last year.',
  ])('a search answered, or codes partly spent, still holds the rest: %s', (codes) => {
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'I am one of the maintainers of tide-gauge and harbour-tables.',
    'My packages on PyPI are tidal and harbour-tables-lite.',
  ])('projects named without quotes are proof: %s', (proof) => {
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${proof}`, 'reason.ownership_proof')).toBe('pass');
  });

  it('a password given bare after a username, as a pair, is caught', () => {
    const leak = 'Sign-in works up to the 2FA step (username tide-keeper, password Harbour#2019).';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${leak} ${OWNED}`, 'privacy.secrets')).toBe('fail');
  });

  it('an account removed from another app is not the PyPI account deleted', () => {
    const story =
      'I meant to remove an old work account from Microsoft Authenticator and deleted the whole app instead.';
    expect(status(`${story} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'scope.recovery')).toBe('pass');
  });

  it('"the reason I am writing urgently:" names the main ask that follows', () => {
    const ask = 'The reason I am writing urgently: please delete release 4.0 of `tide-gauge`, it breaks every install.';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}\n\n${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('codes kept on a computer later lost are lost too, when the text says so', () => {
    const codes =
      'I saved the recovery codes in a document on my office computer. I lost that computer with the job, so I have lost the codes too.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('codes an app makes are not recovery codes at hand', () => {
    const codes =
      'The authenticator is fine and still makes the codes for PyPI. The recovery codes I never downloaded.';
    const lostMail = 'The account address was at a domain I let expire in 2024, and I forgot the password.';
    expect(status(`${lostMail} ${TRIED} ${codes} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it("an intruder's second factor, with no codes ever made by the writer, leaves the box consistent", () => {
    const story =
      'On 2 March someone else added an authenticator to my PyPI account. Recovery codes: I never generated any.';
    expect(status(`${story} ${TRIED} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it.each([
    'My old webmail provider deletes accounts after a year without sign-in, which is what happened to mine.',
    'Projects: `gdpr-redactor` and `tide-gauge`.',
  ])('another service deleting, or a project named for a law, asks for nothing: %s', (said) => {
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED} ${said}`, 'scope.recovery')).toBe('pass');
  });

  it('stepping away, with the projects given to someone else, is not a recovery', () => {
    const ask =
      "Rather than getting the 2FA reset, please remove me from `tide-gauge` and give `tide-tables` to `kmarin`. I won't need this account after that.";
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}\n\n${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('the account wanted back first, to hand a project over afterwards, is still a recovery', () => {
    const plan = 'I would like the account back to hand `tide-gauge` to a co-maintainer properly.';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED} ${plan}`, 'scope.recovery')).toBe('pass');
  });

  it('"no way for me to get mail there again" is no step taken', () => {
    const story =
      'The account address was at a domain that expired in 2023 and was sold on, so there is no way for me to get mail there again.';
    expect(status(`${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });

  it('a deletion that happened is not a deletion asked for', () => {
    const story = 'My son cleared space on the phone; deleting the app deleted the accounts inside, PyPI too.';
    expect(status(`${story} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'scope.recovery')).toBe('pass');
  });
});
