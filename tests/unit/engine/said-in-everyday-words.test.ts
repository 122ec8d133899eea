import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const TRIED = 'I looked through my desk drawers and my old notebook for the spare codes.';
const HELD = 'I still know my password and I read the mailbox the account uses.';
const OWNED = 'I look after `hedge-counter` (github.com/meadow-lab/hedge-counter).';
const NO_CODES = 'I never kept the spare codes.';

describe('the second factor named by what it shows, as people who do not write code name it', () => {
  it.each([
    'The little number app on my tablet is empty since the tablet was reset in spring.',
    'My code generator went with the old phone when I traded it in last autumn.',
    'The app that gave me the numbers for logging in was on the phone I dropped in the canal in May.',
    'I cannot get the six-digit numbers any more: the phone that showed them broke at Easter.',
  ])('names what was lost: %s', (story) => {
    expect(status(`${story} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.lost_factor')).toBe('pass');
  });
});

describe('a project named by where it lives', () => {
  const STORY = 'My phone with the authenticator was stolen at a market in June 2025.';

  it.each([
    'The tool is on PyPI as hedge-counter, and I made every release of it.',
    'The source lives on GitHub under meadow-lab/hedge-counter.',
    'The code is on Codeberg too, meadow-lab/hedge-counter, and I still push to it.',
    'I wrote a little program called hedge-counter for our village survey.',
    'My packages on PyPI: hedge-counter and nest-log.',
    'The release tags in my repository match every version on PyPI.',
    'Releases 0.3 to 0.9 went up from this very account.',
    'If it helps, I can push a commit to the repository with any text you choose.',
    'The account address sits on our own domain, meadowlab.org.',
  ])('offers proof: %s', (proof) => {
    expect(status(`${STORY} ${TRIED} ${NO_CODES} ${HELD} ${proof}`, 'reason.ownership_proof')).toBe('pass');
  });

  it.each(['My packages are used by a lot of people, so this is urgent.', 'My project is popular with students.'])(
    'saying how a project is used names none: %s',
    (said) => {
      expect(status(`${STORY} ${TRIED} ${NO_CODES} ${HELD} ${said}`, 'reason.ownership_proof')).toBe('warn');
    },
  );

  it('a hyphenated word of plain English after "made" is no project', () => {
    const made = 'I made a back-up of my notes before the phone went.';
    expect(status(`${STORY} ${TRIED} ${NO_CODES} ${HELD} ${made}`, 'reason.ownership_proof')).toBe('warn');
  });
});

describe('what only looks like how or when', () => {
  const LOSS = 'The authenticator on my phone no longer lists PyPI.';

  it('years of using the package say nothing of when the loss happened', () => {
    const years = 'Our choir has used hedge-counter for a few years now.';
    expect(status(`${LOSS} ${years} ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });

  it('restoring the app from a backup is a step taken, not the cause', () => {
    const restored = 'I restored my encrypted authenticator backup with the backup password, and PyPI is not in it.';
    expect(status(`${LOSS} ${restored} ${NO_CODES} ${HELD} ${OWNED}`, 'reason.circumstances')).toBe('fail');
  });
});

describe('another ask, in plain words', () => {
  const GOOD = `My phone with the authenticator was stolen in June 2025. ${TRIED} ${NO_CODES} ${HELD} ${OWNED}`;

  it.each([
    'Please take the package down from PyPI; getting back in is not the point.',
    'I want the whole project taken down so nobody installs it again.',
    'Regaining access is not important to me; I only want the package gone.',
  ])('is not a recovery: %s', (ask) => {
    expect(status(`${GOOD} ${ask}`, 'scope.recovery')).toBe('fail');
  });

  it('a project taken down in the past, by someone else, is no ask', () => {
    const told = 'A fork of hedge-counter was taken down last year after a name dispute.';
    expect(status(`${GOOD} ${told}`, 'scope.recovery')).toBe('pass');
  });
});
