import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

const KEPT =
  'I still know the password and read the mail sent to the account. I maintain `pebble-io` (github.com/pebble-lab/pebble-io).';

/** Whose deed a word tells, and what a thing is, decide the checks: each case in this file's own words. */
describe('deeds, devices and asks told in passing', () => {
  it('hears no attempt in a phone a shop had to factory reset', () => {
    const reason = `My phone froze after an update in May and the repair shop had to factory reset it, with the authenticator on it. ${KEPT}`;
    expect(statusOf('reason.attempts', reason)).toBe('warn');
  });

  it('hears no attempt in being ready to enrol again once back in', () => {
    const reason = `My phone was stolen on a bus on 2 May with the authenticator on it. I'm ready to set up 2FA again as soon as I'm back in. ${KEPT}`;
    expect(statusOf('reason.attempts', reason)).toBe('warn');
  });

  it('hears a search in "looked if"', () => {
    const reason = `My phone was stolen on a bus on 2 May with the authenticator on it. I looked if a second app was ever registered; none was. ${KEPT}`;
    expect(statusOf('reason.attempts', reason)).toBe('pass');
  });

  it('knows a Nitrokey as a second factor, and a cleared authenticator as a loss', () => {
    expect(statusOf('reason.lost_factor', `My Nitrokey snapped in the car door last Tuesday. ${KEPT}`)).toBe('pass');
    expect(
      statusOf('reason.lost_factor', `An update failed on 3 March and the authenticator was cleared. ${KEPT}`),
    ).toBe('pass');
  });

  it('hears a loss in a key a child flushed or a dog swallowed', () => {
    for (const story of [
      'Over the holidays my little one flushed my Solo key down the toilet. No spare key.',
      'Our puppy swallowed my security key on Sunday; the vet says it will not come back in working order.',
      'At a campsite in the Alps my security key came off the keyring on the third night.',
      'When I moved out I handed the whole keyring to the landlord, security key and all.',
    ])
      expect(statusOf('reason.lost_factor', `${story} ${KEPT}`)).toBe('pass');
  });

  it('hears no how in a key that has simply gone missing', () => {
    const reason = `My only security key has gone missing. I searched the flat and my bags for it and for the codes. ${KEPT}`;
    expect(statusOf('reason.circumstances', reason)).toBe('fail');
  });

  it('does not count an owner of the organisation on PyPI as access held', () => {
    const reason =
      'My security key was lost on a hike on 4 April; it was my only second factor. I searched the car and my bags. I am an owner of the organisation on PyPI that publishes `pebble-io`.';
    expect(statusOf('reason.remaining_access', reason)).toBe('fail');
  });
});

describe('scope, when the ask is the account itself', () => {
  it('fails a request to switch the old account off for good', () => {
    const reason = `My phone was stolen in May. I have a new account now, so please just disable this old account completely. ${KEPT}`;
    expect(statusOf('scope.recovery', reason)).toBe('fail');
  });

  it.each([
    'I lost the phone in May, so please disable it on my account and I will enrol a new one.',
    'I want to recover the account and move it to my personal email, since the package still has users.',
  ])('passes a recovery told with its own words: %s', (ask) => {
    expect(statusOf('scope.recovery', `${ask} ${KEPT}`)).toBe('pass');
  });
});

describe('recovery codes kept back', () => {
  it('fails codes at hand that the writer did not want to spend', () => {
    const reason = `The phone was wiped on 18 April. The recovery codes file is still in the Documents folder on my laptop; I didn't want to burn one without asking you first. ${KEPT}`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });
});

describe('what happened, told beside a fix or a search', () => {
  it('knows the second factor from an app removed to cure a fault', () => {
    const reason = `On 9 June I deleted and reinstalled my authenticator app because it kept freezing, and the PyPI entry did not come back. I looked for recovery codes in my notes; none. ${KEPT}`;
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });

  it('hears a loss in a key that has not been found since', () => {
    const reason = `My security key went into a bag of old cables that was given away in May. My brother asked the buyer. The key has not been found. ${KEPT}`;
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });

  it.each([
    "Since the burglary I can't get in; I tried signing in from my neighbour's laptop and from the office PC.",
    'It slipped into the canal on 3 July. I left it in a bowl of rice for four days, then gave up.',
    'My phone, with the authenticator, fell off the balcony on 3 July. The repair failed, so that was that.',
  ])('hears an attempt in another machine, a dried phone or a failed repair: %s', (story) => {
    expect(statusOf('reason.attempts', `${story} ${KEPT}`)).toBe('pass');
  });

  it('hears how and when in a key left at the gym over a holiday', () => {
    const reason = `I lost my Yubikey at the gym around Easter. I asked at the front desk and searched the car. ${KEPT}`;
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });
});

describe('recovery codes of another service, or kept unused', () => {
  it("passes a printout of another site's codes", () => {
    const reason = `My phone was reset on 2 May. Recovery codes: I kept a printout of my GitLab codes, but none for PyPI. ${KEPT}`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('fails codes listed as held, with an aside on why none was used', () => {
    const reason = `My phone was reset on 2 May.\n- Still have: the password, the email, and the recovery codes file on my desktop (I haven't used it, in case I waste one)\n- Projects: \`pebble-io\``;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });
});
