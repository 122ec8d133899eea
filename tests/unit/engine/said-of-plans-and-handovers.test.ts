import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const TRIED = 'I searched my password manager and my notes for the recovery codes, with no luck.';
const HELD = 'I still know my password and the account email is mine.';
const OWNED = 'I maintain `moth-trap` (github.com/night-lab/moth-trap).';
const NO_CODES = 'I never saved the recovery codes.';

describe('a plan still to come is no when', () => {
  const RESTATED = 'I no longer have the authenticator for my PyPI account.';

  it.each([
    'We are moving house in July, so I may be slow to reply over the summer.',
    "I'm relocating to Lisbon on the 28th of this month, so sooner would be better.",
    'I start parental leave on 1 May and would love to ship one more release before then.',
  ])('%s', (plan) => {
    expect(status(`${RESTATED} ${TRIED} ${NO_CODES} ${HELD} ${OWNED} ${plan}`, 'reason.circumstances')).toBe('fail');
  });
});

describe('codes a colleague made', () => {
  const STORY =
    'Our release account was set up by a former colleague in 2022. He enabled 2FA on his own phone and has since left.';

  it.each([
    'He is fairly sure he never created recovery codes.',
    'He told us back then that he had not generated recovery codes.',
  ])('are accounted for when they never existed: %s', (answer) => {
    expect(status(`${STORY} ${answer} ${TRIED} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('still warn when nobody says what became of them', () => {
    expect(status(`${STORY} ${TRIED} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('warn');
  });
});

describe('a key that never came back', () => {
  it.each([
    'Our only 2FA method is a security key. After the office move the box with the key has not turned up.',
    'My only security key was in a parcel to my new flat, and that parcel never arrived.',
  ])('names what was lost: %s', (story) => {
    expect(status(`${story} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });
});

describe('what only looks like a secret or an ask', () => {
  const GOOD = `My phone with Authy was stolen on 2 May 2025. ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`;

  it('plain four-letter words after "Authy" are no setup key', () => {
    const told = 'I wrote to Authy support; on the 22nd they said they could not help.';
    expect(status(`${GOOD} ${told}`, 'privacy.secrets')).toBe('pass');
  });

  it('a setup key shown in lower-case groups is still caught', () => {
    const leak = 'The authenticator setup key was jbsw y3dp ehpk 3pxp, if that helps.';
    expect(status(`${GOOD} ${leak}`, 'privacy.secrets')).toBe('fail');
  });

  it("secrets moved into a password manager's organisation, years ago, are no ask", () => {
    const told = "In 2023 we moved all the project's shared secrets into a Bitwarden organisation.";
    expect(status(`${GOOD} ${told}`, 'scope.recovery')).toBe('pass');
  });
});

describe('steps and proof, and what only looks like them', () => {
  const LOST = 'My phone with the authenticator was stolen from a café on 9 May 2025.';

  it.each([
    'When I install the authenticator on my new phone and sign in, it is empty.',
    'Our IT team confirmed there is no backup of that phone.',
    'The authenticator backup on my new phone did not include PyPI.',
  ])('is a step taken: %s', (tried) => {
    expect(status(`${LOST} ${tried} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it.each([
    'My security key was in my checked luggage on the flight home, and the suitcase never arrived.',
    'I wrote `moth-trap` on my own time, for our field station.',
  ])('is no step: %s', (story) => {
    expect(status(`${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });

  it('a final-year project named by its kind is no proof of ownership', () => {
    const plan = 'I have not published anything yet; I meant to upload my final year project in March.';
    expect(status(`${LOST} ${TRIED} ${NO_CODES} ${HELD} ${plan}`, 'reason.ownership_proof')).toBe('warn');
  });

  it('codes found again contradict the box, whoever now holds the stolen phone', () => {
    const found =
      "Last night I found my recovery codes in an old notebook, but I'd rather you reset 2FA, since the phone is in someone else's hands.";
    expect(status(`${LOST} ${TRIED} ${found} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });
});

describe('a wish is no story', () => {
  it('"we\'d appreciate removal of the lost key" asks; it tells neither how nor when', () => {
    const reason =
      'Our only security key is gone. We looked through the office and asked everyone. We still have the password and the email. Projects: `moth-trap`. We never made recovery codes. We would appreciate removal of the lost key so we can register new ones.';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});
