import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { requestOf } from '../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** A story with every fact but the one each case adds or changes. */
const STORY =
  'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

describe('an attempt told only by how it ended', () => {
  it.each([
    "The bus company's lost-and-found desk has no record of it.",
    'I ran a file-recovery program over the old disk, with no success.',
    "The provider's recovery form says the old mailbox no longer exists.",
    'I went through every drawer at home for a printout of the codes, no luck.',
    'I had a proper look through my notes for the codes.',
    'I made a report to the police the next morning, but nothing was handed in.',
    'My password manager confirms that I never saved the codes.',
    'Tried: signing in on the new laptop with the synced keychain, which has no entry for PyPI.',
    'I took the phone to a service centre; they said nothing can be recovered.',
    'On my new phone I logged in to Google Authenticator with my Google account, but PyPI was not there.',
    'Google closed the mailbox on the account, and I appealed twice; both appeals were turned down.',
  ])('counts as something tried: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'reason.attempts')).toBe('pass');
  });

  it.each([
    'Nobody asked me about backups before the phone was wiped.',
    'I was offshore with almost no signal, followed by a long stay abroad.',
    'Back on shore after months away, I would like to publish again.',
    'We need to enrol it again on the new phone.',
    'I ask you to help restore the access.',
    'It is a small chess library on PyPI called `heron-chess`.',
  ])('does not take for an attempt: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'reason.attempts')).toBe('warn');
  });

  it('does not take a habit for an attempt ("which I check daily")', () => {
    const reason =
      'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I still know my password, and the account email is my private one, which I check daily. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });
});

describe('a season only where it names one', () => {
  it('does not hear "fall back on" as the autumn', () => {
    const reason =
      'I have lost my authenticator app and have no recovery codes to fall back on. I searched my vault for them. I still know my password. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a company account is whose the account is, not how it was lost', () => {
  it('does not hear "our company account" as the story of the loss', () => {
    const reason =
      'The security key registered on our company account is missing, so none of us can sign in. We searched every desk and our vault for the recovery codes. The password is in our vault and the account email is a team address we administer. The account owns `heron-tools` (github.com/heron-dev).';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('what was lost, in plain words', () => {
  it.each([
    'After I restored the new phone from a backup, the authenticator app opened empty.',
    'My Google account was locked after a suspicious-login alert, and the synced authenticator codes went with it.',
    'Our only security key went through the ice on the lake with my backpack, which was never recovered.',
    'My phone slid into the river and was gone. That phone had 2FAS with my PyPI entry.',
    'Two boys on a scooter snatched my phone outside the market. My authenticator was on that phone.',
  ])('names the lost factor: %s', (said) => {
    const reason = `On 4 June ${said.charAt(0).toLowerCase()}${said.slice(1)} I searched my drive for the recovery codes. I still know my password. I maintain \`heron-tools\` (github.com/heron-dev/heron-tools).`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});

describe('what the writer wants done next', () => {
  it('is no attempt: "so I can set it up again" is the purpose of the request', () => {
    const reason = `${STORY} All I need is the second factor switched off, so that I can set it up again on the replacement phone.`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('is no account of how the factor was lost when asked as a question', () => {
    const reason =
      'The authenticator for my account is gone. I went through my backups for the recovery codes and found none. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools). Could the two-factor setting be reset so I can enrol a new key?';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a factor gone with nobody to blame', () => {
  const REST =
    'I looked through my notes for recovery codes and found none. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it.each([
    'My security key, the only second factor on the account, stayed behind in my desk at the old office in May.',
    'In May the facilities team emptied my old desk; the contents were thrown away, my security key with them, the only second factor on the account.',
    'Last Sunday my toddler knocked my phone off the balcony rail onto the street; the authenticator for PyPI was on it.',
  ])('names what was lost: %s', (said) => {
    expect(status(`${said} ${REST}`, 'reason.lost_factor')).toBe('pass');
  });
});

describe('an event asked for', () => {
  it('is no account of how the factor was lost: "I need a reset"', () => {
    const reason =
      'The address on my account is one I can no longer reach, so I need a reset that I cannot finish myself. I went through my backups and found nothing. I still know the password and own github.com/heron-dev/heron-tools, the home of `heron-tools`.';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a time still to come', () => {
  const LOST =
    'I no longer have the YubiKey registered on my account, and no other method is set up. I searched my desk and my files for recovery codes and found none. I know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it('says why it is urgent, not how or when the key was lost', () => {
    expect(
      status(
        `${LOST} We are moving abroad at the end of the year and I would like this sorted out before then.`,
        'reason.circumstances',
      ),
    ).toBe('fail');
  });

  it('still tells when, beside something that happened', () => {
    expect(
      status(
        `${LOST} The key snapped off in my car door on 2 June, and a new one will arrive next week.`,
        'reason.circumstances',
      ),
    ).toBe('pass');
  });
});

describe("a traveller's check-in or check-out", () => {
  const REST =
    'That key was my only second factor. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it('tells how and when the key was lost', () => {
    const reason = `I checked out of a guesthouse in Porto last Monday and left my security key in the room safe. ${REST} I searched my notes for recovery codes and found none.`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });

  it('is not something tried to get back in', () => {
    const reason = `I checked out of a guesthouse in Porto last Monday and left my security key in the room safe. ${REST}`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });
});
