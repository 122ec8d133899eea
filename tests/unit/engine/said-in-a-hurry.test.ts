import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const LOST = 'My phone with the authenticator slid off a ferry deck on 2 June 2025.';
const TRIED = 'I set the authenticator up again on a new phone and it came back empty.';
const HELD = 'I still know my password and the account email is mine.';
const OWNED = 'I maintain `gull-count` (github.com/harbour-dev/gull-count).';
const NO_CODES = 'I never saved the recovery codes.';
const GOOD = `${LOST} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`;

describe('typed on a phone', () => {
  it.each([
    'pls delete `gull-count`, i published a file i shouldnt have. dont care about the acct itself',
    'What I need is for release 2.1.0 to be deleted. I will sort out the account itself afterwards.',
  ])('another ask in shorthand is still another ask: %s', (ask) => {
    expect(status(`${GOOD} ${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('a password given as "its X" in an aside is caught', () => {
    const leak = 'i can get to the 2fa screen with my password (its Gannet!Pier2019 if u need it)';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${leak} ${OWNED}`, 'privacy.secrets')).toBe('fail');
  });

  it('a restore that "didnt bring back" the authenticator names what was lost', () => {
    const story =
      'so i was updating my phone on 3 march and it got stuck on the logo, the shop restored it for me and the restore didnt bring back my authenticator';
    expect(status(`${story}. ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('"went thru" is a search made', () => {
    const tried = 'we went thru his handover notes and the team vault for the recovery codes, nothing there.';
    expect(status(`${LOST} ${tried} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it('"tryed", a file opened, a setup key found are steps taken', () => {
    for (const tried of [
      'tryed the transfer option of the new app, it want the old phone.',
      'I opened the notes file where I thought the codes were, it is empty.',
      'I found the old setup key in a text file, but the codes it makes are refused.',
    ])
      expect(status(`${LOST} ${tried} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it('"both with me" is access kept, and "i upload x-y" names a project', () => {
    expect(
      status(`${LOST} ${TRIED} ${NO_CODES} Password and mailbox both with me. ${OWNED}`, 'reason.remaining_access'),
    ).toBe('pass');
    expect(
      status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} i upload gull-count and tide-clock`, 'reason.ownership_proof'),
    ).toBe('pass');
  });

  it('a code the app is "giving" is a one-time code', () => {
    const leak = 'the authenticator still holds an old pypi entry giving 604 921, which the site turns down';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${leak}. ${HELD} ${OWNED}`, 'privacy.secrets')).toBe('fail');
  });

  it('a project named bare, to move to a new account, is another ask', () => {
    const ask = 'Please transfer gull-count to my new account `harbour-dev2` so I can keep releasing.';
    expect(status(`${GOOD} ${ask}`, 'scope.recovery')).toBe('fail');
  });
});

describe('steps told by their outcome or in other words', () => {
  it.each([
    'I also sent an email to the admins of PyPI in March, with no reply so far.',
    'I made the reset procedure two times.',
    'I could not restore the app because its backup was switched off.',
    'On the new phone the authenticator did not restore PyPI.',
  ])('is an attempt: %s', (tried) => {
    expect(status(`${LOST} ${tried} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it.each([
    'I left the phone with my brother and my brother reset it to use it himself.',
    'Since the fall it cannot turn on again.',
  ])('is no attempt of the writer: %s', (story) => {
    expect(status(`${LOST} ${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });
});

describe('access and codes, as careful writers lay them out', () => {
  it('a numbered bold heading heads its list', () => {
    const reason = [
      `**1. What happened**\n${LOST}`,
      `**2. What I tried**\n- ${TRIED}`,
      '**3. What I still have**\n- The password (in my keychain).\n- The account email, on my own domain.',
      `**4. Proof**\n${OWNED} ${NO_CODES}`,
    ].join('\n\n');
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it('the admin of the organisation that holds the code still has access', () => {
    const admin =
      'I am the admin of the GitHub organisation github.com/harbour-dev, where the code of `gull-count` lives.';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${admin}`, 'reason.remaining_access')).toBe('pass');
  });

  it('codes confirmed in an aside are codes at hand', () => {
    const held = 'About the recovery codes: I still have them in my cloud drive (checked this morning).';
    expect(status(`${LOST} ${TRIED} ${held} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });
});

describe('what only looks like what was lost, or how', () => {
  it('the "forgot password" option used names no lost password', () => {
    const story = 'Since I came back from a long trip the login does not let me through.';
    const tried = 'I tried the option of forgot password twice and wrote to the admins.';
    expect(status(`${story} ${tried} ${OWNED}`, 'reason.lost_factor')).toBe('fail');
  });

  it('a spare factor called "backup" is no backup that failed', () => {
    const loss = 'The backup TOTP I had added in an authenticator app is not in the app any more.';
    const searched = 'I looked through my password manager and my notes for the codes.';
    expect(status(`${loss} ${searched} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });
});

describe('a step told in the perfect with the plain verb', () => {
  it('"I have install the app on new phone" is a step taken; leaving it out still warns', () => {
    const told = 'I have install authenticator on new phone but it show nothing for PyPI.';
    expect(status(`${LOST} ${told} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
    expect(status(`${LOST} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });
});
