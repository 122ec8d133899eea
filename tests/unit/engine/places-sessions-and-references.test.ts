import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { findSecrets } from '../../../lib/engine/text/secrets';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const TRIED = 'I went through my drawers and my password manager looking for the recovery codes.';
const HELD = 'I still know my password and read the mailbox on the account.';
const OWNED = 'I publish `quay-lights` from github.com/quay-lights/quay-lights.';
const NO_CODES = 'I never saved the recovery codes.';

describe('where the key was lost tells how', () => {
  it.each([
    'I lost my security key on a night bus to Bristol.',
    'My security key was left in a taxi after the meetup.',
    'I lost my security key somewhere between the hostel and the station.',
    'I lost my security key on the way back from the sprint.',
  ])('"%s"', (loss) => {
    expect(status(`${loss} ${TRIED} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('pass');
  });

  it('the loss alone still does not', () => {
    expect(status(`I lost my security key. ${TRIED} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });
});

describe('a time told of the event just before', () => {
  it('"The reset wiped its keys. This was on 2 March." dates the loss', () => {
    const reason = `I ran a reset on the wrong security key. The reset wiped its keys. This was on 2 March. ${TRIED} ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe("the login's check of an unknown device is no new device", () => {
  it('"PyPI asks me to confirm my new device by email" says nothing of how the mailbox went', () => {
    const reason = `I can no longer open the mailbox on the account. PyPI asks me to confirm my new device by email. ${TRIED} I still know my password and my TOTP app works. ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('what the writer cannot do is no event', () => {
  it('"I lost the address and cannot switch it to my other one" tells no how', () => {
    const reason = `I lost access to the address on my account and cannot switch it to my other one. ${TRIED} I still know my password. ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('access still held, said plainly', () => {
  const LOSS = 'The domain of the address on my account lapsed in March, and I forgot the password.';
  it.each([
    'I have my 2FA app working.',
    'My TOTP app is still on my phone, but the password was in the old company vault.',
    'I am still logged into PyPI on my home desktop.',
  ])('"%s"', (held) => {
    expect(status(`${LOSS} ${TRIED} ${held} ${OWNED}`, 'reason.remaining_access')).toBe('pass');
  });

  it('"I have no login access at all" says none remains', () => {
    expect(status(`${LOSS} ${TRIED} I have no login access at all. ${OWNED}`, 'reason.remaining_access')).toBe('pass');
  });

  it('a session that was open on a laptop since wiped holds nothing', () => {
    const reason = `${LOSS} ${TRIED} I was still logged in on the old laptop, but it was wiped. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });

  it('"the app has my other accounts, but not PyPI" still holds nothing', () => {
    const reason = `${LOSS} ${TRIED} The authenticator app still has my other accounts, but not PyPI. ${OWNED}`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });
});

describe('a theft told by who did it', () => {
  it('"someone took my laptop bag", the TOTP secret in it, says what was lost', () => {
    const reason = `Someone took my laptop bag at a station on 4 May. The laptop held my password vault, and the PyPI TOTP secret was in it. ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });

  it('a browser extension called "Authenticator" that came back empty is the factor', () => {
    const reason = `I kept my TOTP codes in a browser extension called "Authenticator". In July I reinstalled my laptop and the extension came back empty. ${TRIED} ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});

describe('none held, said of access', () => {
  it('"Access-wise, I have none at the moment" answers the question', () => {
    const reason = `The mailbox on the account closed with my old job in May. ${TRIED} Access-wise, I have none at the moment, but I own github.com/quay-lights/quay-lights.`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });
});

describe('recovery codes known to be at hand', () => {
  const LOSS = 'My phone with the authenticator fell into a canal in Utrecht on 9 June.';
  it.each([
    'The recovery codes, I know exactly where they are: a file in my cloud drive.',
    'Recovery codes? My old colleague sent us the codes file on his last day, so technically we could use that.',
    'Recovery codes: saved in a text file on my laptop',
  ])('"%s" holds them', (codes) => {
    expect(status(`${LOSS} ${HELD} ${OWNED}\n${codes}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('"Recovery codes: saved in a note on that same phone" went with the phone', () => {
    const reason = `${LOSS} ${HELD} ${OWNED}\nRecovery codes: saved in a note on that same phone`;
    expect(status(reason, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('the real ask named, or the account let go', () => {
  const STORY = `My phone with the authenticator was stolen on 2 May. ${TRIED} ${HELD} ${OWNED}`;
  it.each([
    'I made a new account since; please rename it to my old name and retire the old one. I do not need the old account itself restored.',
    'Please transfer `quay-lights` to the harbour-tools organisation, that is my request. I am fine staying locked out.',
    'My real request, however, is a data-protection one: please delete my account completely.',
    'The 2FA can wait. The reason for this issue is the project name `quaylight`, abandoned since 2016: I would like it transferred to my account.',
  ])('"%s" is another ask', (ask) => {
    expect(status(`${STORY} ${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('"I am locked out" alone asks nothing else', () => {
    expect(status(`${STORY} I am locked out and would like the 2FA reset.`, 'scope.recovery')).toBe('pass');
  });
});

describe('events told of the app itself, or of the sign-up', () => {
  it('"my authenticator app lost all its entries" tells how', () => {
    const reason = `After an update my authenticator app lost all its entries, PyPI among them. ${TRIED} ${HELD} ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });

  it('an error in the middle of creating the account tells when the address went wrong', () => {
    const reason = `The confirmation mail never came: the page showed an error in the middle of creating my account. ${TRIED} I still know my password. ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('a login written as a pair', () => {
  it('"the login as team-robo / Harbour!2031" gives the password away', () => {
    expect(findSecrets('Our handover notes list the login as team-robo / Harbour!2031, which still works.')).toEqual([
      expect.objectContaining({ kind: 'password' }),
    ]);
  });

  it('"I log in with pypi / github" gives nothing away', () => {
    expect(findSecrets('I log in with pypi / github on the same laptop.')).toEqual([]);
  });
});
