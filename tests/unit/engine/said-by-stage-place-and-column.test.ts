import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { findSecrets } from '../../../lib/engine/text/secrets';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

/** A complete request's facts, one sentence each, so each case adds or swaps only what it is about. */
const LOST = 'The hardware key I used as my only second factor fell out of my jacket on a bus in Lyon on 9 May.';
const TRIED = 'I called the bus company twice and searched my password manager for the recovery codes.';
const HELD = 'I still know my password and read the mailbox on the account.';
const OWNED = 'I publish `rhone-gauges` from github.com/lyon-hydro/rhone-gauges.';
const NO_CODES = 'I never saved the recovery codes.';

describe('the login stage is not the factor', () => {
  it.each([
    'Since 3 March I cannot get past the second step of the PyPI login.',
    'After my holiday in June the second step of the login stopped letting me through.',
  ])('a request that only says "%s" does not say what was lost', (stage) => {
    expect(status(`${stage} ${TRIED} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.lost_factor')).toBe('fail');
  });

  it('naming the key used for that step still says what was lost', () => {
    const reason = `The USB key I used for the second step was stolen with my bag on 9 May. ${TRIED} ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });

  it('a key nowhere to be found after a move is a loss', () => {
    const reason = `Our YubiKey was the account's 2FA. After the office move in April the key was nowhere to be found. ${TRIED} ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});

describe('a place described by what is kept there', () => {
  it('"the wiki where we keep credentials" holds no access', () => {
    const reason = `${LOST} We searched the team wiki, where we keep credentials notes, without finding the codes. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });

  it('"I keep the password in my vault" still holds it', () => {
    const reason = `${LOST} ${TRIED} I keep the password in my vault, and the mailbox is mine. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });
});

describe('a table whose column says what is held', () => {
  const table = (held: string) =>
    `| Still have | Gone |\n|---|---|\n| ${held} | the hardware key (lost on a bus, 9 May) |\n\n${TRIED} ${OWNED}`;

  it('its cells under "Still have" are access held', () => {
    expect(status(table('my password and the account mailbox'), 'reason.remaining_access')).toBe('pass');
  });

  it('an empty cell there holds nothing', () => {
    expect(status(table('-'), 'reason.remaining_access')).toBe('fail');
  });

  it('a table without such a column changes nothing', () => {
    const reason = `| Thing | When |\n|---|---|\n| the hardware key | lost 9 May |\n\n${TRIED} ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });
});

describe('steps that are no steps', () => {
  it('noticing the loss "when I tried to log in" is no attempt', () => {
    const reason = `The authenticator app stopped opening after an update in March, and I only found out when I tried to log in this week. ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('trying to log in from another computer still is one', () => {
    const reason = `${LOST} I tried to log in from my office computer too. ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });

  it('a search the project performs is not one the writer made', () => {
    const reason = `\`rhone-gauges\` offers full-text search and a search API over river levels. ${LOST} ${HELD} github.com/lyon-hydro/rhone-gauges ${NO_CODES}`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });
});

describe('recovery codes at hand, said in passing', () => {
  it.each([
    [
      'codes not yet used, listed as held',
      `${LOST} Still have: my password, the mailbox, and two of the ten recovery codes I hadn't used yet, in my wallet. ${OWNED}`,
    ],
    [
      'a codes file found during the search',
      `${LOST}\nTried: the bus company; my desk; the recovery-codes file turned up in an old backup folder (all ten unused).\n${HELD} ${OWNED}`,
    ],
    [
      'one saved code used to get in',
      `${LOST} Last night I used one of my saved recovery codes to log in, but I couldn't find where to add a new key. ${HELD} ${OWNED}`,
    ],
  ])('fails on %s', (_what, reason) => {
    expect(status(reason, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    [
      'a doubt about codes never held',
      `${LOST} ${TRIED} I don't have recovery codes either, and with the key gone I doubt they'd help anyway. ${HELD} ${OWNED}`,
    ],
    [
      'a sentence of things done, not things held',
      `${LOST} I have done a password reset, gone through my drawers and our vault for recovery codes, and asked my partner. ${HELD} ${OWNED}`,
    ],
  ])('passes on %s', (_what, reason) => {
    expect(status(reason, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('a password after a dash', () => {
  it('is caught when it looks like one', () => {
    expect(findSecrets('What I have: the password — Quarry_4471, never changed — and the mailbox.')).toHaveLength(1);
  });

  it('is not read into an aside that follows the dash', () => {
    expect(findSecrets('The one thing that works is my password — PyPI takes it and then asks for a code.')).toEqual(
      [],
    );
  });
});

describe('asks that are the recovery, and stories that ask nothing', () => {
  it('the 2FA on the account "removed" is the recovery itself', () => {
    const reason = `${LOST} ${TRIED} ${HELD} ${OWNED} Can the 2FA on this account be removed so I can add a new key?`;
    expect(status(reason, 'scope.recovery')).toBe('pass');
  });

  it('the account itself removed is still another ask', () => {
    const reason = `${LOST} ${TRIED} ${HELD} ${OWNED} I would like this account to be removed.`;
    expect(status(reason, 'scope.recovery')).toBe('fail');
  });

  it('a repository someone agreed to hand to the writer is a story', () => {
    const reason = `${LOST} ${TRIED} ${HELD} ${OWNED} My old lab agreed to transfer the repository to me in 2024, and the PyPI name stayed the same.`;
    expect(status(reason, 'scope.recovery')).toBe('pass');
  });
});

describe('words of loss used for something else', () => {
  const STUCK = 'Since the spring I cannot finish signing in to PyPI.';
  it.each([
    'I did the forgot password and set a new password; the mail came at once.',
    'I dropped an email to the admins a week ago.',
    'I asked the vault maker to check that nothing went missing in their update.',
    'I looked for the recovery codes in my drawer, but they are not there.',
  ])('"%s" says nothing of what was lost', (said) => {
    expect(status(`${STUCK} ${said} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('fail');
  });

  it('recovery codes that are refused are what went wrong', () => {
    const reason = `${STUCK} Each of the recovery codes I saved is rejected as invalid. ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});

describe('deeds denied or asked for are not how it happened', () => {
  it.each([
    'I have lost my hardware key and need help getting the 2FA removed.',
    'The codes from my authenticator are refused; I have not reset or reinstalled anything.',
  ])('"%s" tells no event', (said) => {
    expect(status(`${said} ${TRIED} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.circumstances')).toBe('fail');
  });
});

describe('words of holding used for something else', () => {
  it('an account "still registered to my old work address" holds nothing', () => {
    const reason = `My PyPI account is still registered to my old work address, and that mailbox closed when I left in June. ${TRIED} ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });

  it('"I still read my work address" holds it', () => {
    const reason = `${LOST} ${TRIED} I still read my work address, which is the one on the account. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });
});

describe('recovery codes held, told around a preference for a reset', () => {
  it.each([
    [
      'a pronoun after a dash',
      `${LOST} About the recovery codes — we still have them in the team vault, but we would rather you reset the key. ${HELD} ${OWNED}`,
    ],
    [
      'the holder kept after the codes were named',
      `${LOST} When I left, I got a sealed envelope with the printed recovery codes. I still have the envelope, unopened. ${HELD} ${OWNED}`,
    ],
    ['a label answered "present"', `${LOST}\nRecovery codes: present, in my drawer.\n${HELD} ${OWNED}`],
    [
      'the box said to be untrue',
      `${LOST} The checkbox below is not entirely accurate: the ten codes sit printed in a folder at home. ${HELD} ${OWNED}`,
    ],
    [
      'codes "never used" after where they are',
      `${LOST} Ticking the box on recovery codes, I remembered saving them in my vault — they are still there, all ten, never used. ${HELD} ${OWNED}`,
    ],
    [
      'codes made at setup, still in a vault',
      `${LOST} Our vault still has the recovery codes that were generated at setup, but we want new keys enrolled properly. ${HELD} ${OWNED}`,
    ],
    [
      'a file of them found in the search',
      `${LOST} I searched my archive and found a text file of PyPI recovery codes with every one still listed. ${HELD} ${OWNED}`,
    ],
  ])('fails on %s', (_what, reason) => {
    expect(status(reason, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    [
      'a held mailbox told after codes that never existed',
      `${LOST} I never turned on 2FA codes, so I have no recovery codes. I do still have the mailbox itself. ${OWNED}`,
    ],
    [
      'codes written into a notebook that went with the bag',
      `${LOST} I had written the recovery codes into a notebook that was in the same bag. ${HELD} ${OWNED}`,
    ],
  ])('passes on %s', (_what, reason) => {
    expect(status(reason, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('resets and abilities that tell nothing of how the factor went', () => {
  const RESTATED = 'I no longer have my authenticator.';
  it.each([
    'I did a password reset; after the reset it still asks for the six digits.',
    'The reset goes to the old address, so that is no help.',
    'I need to have the second factor on my account reset.',
    'I just cannot change the address without the old mailbox.',
    'I am unable to change the email on the account myself.',
  ])('"%s" beside a restated loss is still no how or when', (said) => {
    expect(status(`${RESTATED} ${said} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.circumstances')).toBe('fail');
  });

  it('a factory reset of the phone still tells how', () => {
    const reason = `${RESTATED} The phone needed a factory reset in May, and after the factory reset the app was empty. ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('"nothing left" of a phone or an app is no answer about access', () => {
  it.each([
    'The shop had wiped the handset, so nothing was left.',
    'The authenticator offered a transfer, but it had nothing left to transfer.',
    'After the reset my authenticator lost everything.',
    'I had none left signed in when the keychain was reset.',
  ])('"%s"', (said) => {
    expect(status(`${LOST} ${said} ${TRIED} ${OWNED}`, 'reason.remaining_access')).toBe('fail');
  });

  it.each(['Nothing left to log in with: no password, no mailbox.', 'I have lost everything, the mailbox included.'])(
    '"%s" still says none remains',
    (said) => {
      expect(status(`${LOST} ${TRIED} ${said} ${OWNED}`, 'reason.remaining_access')).toBe('pass');
    },
  );
});

describe('plans and stories that ask support for nothing else', () => {
  it.each([
    'Next year our team wants to make a PyPI organisation for these, but today I only need to log in.',
    'Once in, I want to set up an organisation for our group; I will ask for that separately.',
    'Around March I plan to move `rhone-gauges` into a shared organisation, but that is for after I regain access.',
    'The repository was transferred to my personal account before the lab closed.',
    '2024: Lyon Hydro Systems renamed to Rhodan, and the old domain lapsed a year later.',
  ])('"%s" keeps the recovery the ask', (said) => {
    expect(status(`${LOST} ${TRIED} ${HELD} ${OWNED} ${said}`, 'scope.recovery')).toBe('pass');
  });

  it('an organisation asked of support now is still another ask', () => {
    const reason = `${LOST} ${TRIED} ${HELD} ${OWNED} What we actually need is for you to create an organisation for our lab.`;
    expect(status(reason, 'scope.recovery')).toBe('fail');
  });
});

describe('losses told as what became of the thing', () => {
  it.each([
    'Our only security key was kept in the office safe; after the move in June it has not been seen since.',
    'My hardware key hung on my keychain, and the keychain stayed on the night train to Lyon.',
    'In May ransomware hit the home server where my KeePass file, with the TOTP seed, lived.',
  ])('"%s" says what was lost', (said) => {
    expect(status(`${said} ${TRIED} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('the password "in our shared vault" is held', () => {
    const reason = `${LOST} ${TRIED} The password is in our team's shared vault. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });
});

describe('steps that nobody took', () => {
  const NOTHING_TRIED = `${LOST} ${HELD} ${OWNED} ${NO_CODES}`;
  it.each([
    'We only noticed in October, when we tried to publish the next release.',
    'The authenticator was only installed on my office desktop.',
    'I want to be able to upload new versions again.',
    'The key is at the bottom of the Rhône; no one should try to dive for it.',
    'She has since reset it for the children to use.',
    'What still works: my password and the mailbox on my own rhone-hydro.fr domain.',
    "I can't find where to enter the codes on the login page.",
  ])('"%s" tells no attempt', (said) => {
    expect(status(`${NOTHING_TRIED} ${said}`, 'reason.attempts')).toBe('warn');
  });

  it('"I am able to log in again" in the restored app is a step that worked', () => {
    const reason = `${LOST} I installed the authenticator on a new phone, where I am able to log in again, but PyPI is not in it. ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });
});
