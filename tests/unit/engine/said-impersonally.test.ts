import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

/** A request told the way a team or a secretary writes it: passive, impersonal, "we". */
const LOST = 'The security key registered on this account was lost on a ferry to Bergen on 4 June.';
const HELD = 'The password is known and the registered address is a shared inbox we read.';
const OWNED = 'The account publishes `fjord-tides` from github.com/fjord-lab/fjord-tides.';
const NO_CODES = 'Recovery codes were never generated.';

describe('steps told in the passive are still steps taken', () => {
  it.each([
    'The ferry company was contacted twice; nothing was handed in.',
    'A password reset was requested, and the mail arrived.',
    'The office drawers were searched, without result.',
  ])('%s', (step) => {
    expect(status(`${LOST} ${step} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.attempts')).toBe('pass');
  });

  it('a page that asks for a code is how the site works, not a step', () => {
    const held = 'The password still gets us to the page where the code is requested, and the inbox is ours.';
    expect(status(`${LOST} ${NO_CODES} ${held} ${OWNED}`, 'reason.attempts')).toBe('warn');
  });
});

describe('codes found, kept or passed on, told impersonally', () => {
  const TRIED = 'The ferry company was contacted twice.';

  it.each([
    'Afterwards the recovery codes were located in an old notebook, all unused.',
    'The eight recovery codes turned up in the onboarding binder, still unused.',
    'The recovery codes were printed when 2FA was enabled and the sheet is still in the office safe.',
    'My partner saved the recovery codes in her own drive, and she can send them to me any time.',
  ])('codes at hand contradict the ticked box: %s', (codes) => {
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('"the key and the sheet of codes in my drawer" still holds the codes', () => {
    const codes = "I've still got my old key and the sheet of eight recovery codes in my desk drawer.";
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a former lead who set up 2FA and confirms no codes were saved leaves the box consistent', () => {
    const codes = 'The former lead who set up 2FA was asked; he confirms no recovery codes were ever saved.';
    expect(status(`${LOST} ${TRIED} ${codes} ${HELD} ${OWNED}`, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('the rest of an impersonal request', () => {
  it('"did not survive the move" names the loss', () => {
    const story = 'Our security key was kept in a lab drawer, and the drawer did not survive the building move.';
    expect(status(`${story} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });

  it('"access to the account is not otherwise needed" makes the other ask the main one', () => {
    const ask =
      'The request itself: `fjord-internal` was published by mistake and should be taken off PyPI. Access to the account is not otherwise needed.';
    expect(status(`${LOST} ${NO_CODES} ${HELD} ${OWNED}\n\n${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('a password given as what the writer types is caught', () => {
    const leak = 'The password is still good. I type Fjord_Harbour74 and it takes me to the 2FA page.';
    expect(status(`${LOST} ${NO_CODES} ${leak} ${OWNED}`, 'privacy.secrets')).toBe('fail');
  });
});
