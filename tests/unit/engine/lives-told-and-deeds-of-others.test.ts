import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

/** A complete request's facts but how and when, one sentence each. */
const TRIED = 'I searched my notes app and my password manager for the recovery codes, without luck.';
const HELD = 'I still know my password and read the mailbox on the account every day.';
const OWNED = 'I publish `tidal-tables` from github.com/harbour-data/tidal-tables.';
const NO_CODES = 'I never saved the recovery codes.';
const REST = `${TRIED} ${HELD} ${OWNED} ${NO_CODES}`;

describe('a life told beside the loss dates nothing when the writer says there is no more to tell', () => {
  const life = 'For context, 2025 was a busy year: in March we moved to Leeds and in June I changed jobs.';

  it.each([
    'I no longer have the authenticator app, and I cannot give you a better story than that.',
    'The authenticator app is not with me any more; I do not have a clear story of what happened to it.',
    'The authenticator app is gone. I am not sure there is more I can say about it.',
    'The authenticator app is gone, and I would rather not guess at the details.',
    'I no longer have the authenticator app. I cannot say where it went.',
  ])('"%s"', (loss) => {
    expect(status(`${life} ${loss} ${REST}`, 'reason.circumstances')).toBe('fail');
  });

  it('the same life told as the cause still says how', () => {
    const reason = `${life} The phone with my authenticator app was lost in the move to Leeds; I cannot say more than that. ${REST}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('a life whose only tie to the factor is how it was set up', () => {
  it('"the 2FA was set up on a tablet I no longer have" does not tie the life to the loss', () => {
    const reason = `Some background: I taught in Porto until 2024 and started a doctorate in Ghent last autumn. My 2FA was set up in an app on a tablet that I no longer have. ${REST}`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });

  it('a tablet packed for the move ties it', () => {
    const reason = `Some background: I taught in Porto until 2024 and moved to Ghent last autumn. I packed the tablet with my 2FA app for the move and it never arrived. ${REST}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('an initialism does not end the sentence', () => {
  it('"I retired from the U.S. Forest Service and can no longer open my work mailbox" says how', () => {
    const reason = `I retired from the U.S. Forest Service last spring and can no longer open my work mailbox, the one on the account. ${TRIED} I still know my password and my TOTP app works. ${OWNED}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('what a package does is no event', () => {
  it('"it formats bibliographies" does not say how the factor went', () => {
    const reason = `My package \`bib-tidy\` formats bibliographies for journals. I no longer have my authenticator app and cannot say what happened. ${REST}`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });

  it('"I had to format the phone" does', () => {
    const reason = `In May I had to format my phone, and the authenticator app went with everything else. ${REST}`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });
});

describe('deeds that are not the writer steps to recover', () => {
  const LOSS = 'My phone with the authenticator app was stolen at a market in Lisbon on 2 August.';

  it.each([
    ['a user asking for a release', 'I only noticed in September, when a user asked for wheels for the new Python.'],
    ['the loss found in a pocket', 'When I checked my pocket on the tram home, the phone was no longer there.'],
    [
      'what the package is for',
      'The package is a library for parsing tide gauges and looking up their stations by name.',
    ],
  ])('%s is not something tried', (_, deed) => {
    expect(status(`${LOSS} ${deed} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.attempts')).toBe('warn');
  });

  it('asking a friend to search is', () => {
    const reason = `${LOSS} I asked a friend who was with me to search the market stalls. ${HELD} ${OWNED} ${NO_CODES}`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });
});

describe('headings over what is held', () => {
  const LOSS = 'My phone with the authenticator app was stolen at a market in Lisbon on 2 August.';
  it.each(['**What survived**', '**Things in my favour**', '**What I have not lost**'])(
    '%s over a list holds its items',
    (heading) => {
      const reason = `${LOSS} ${TRIED}\n\n${heading}\n- my password\n- the mailbox on the account\n\n${OWNED}`;
      expect(status(reason, 'reason.remaining_access')).toBe('pass');
    },
  );

  it('a heading that denies a loss does not say what was lost through the item under it', () => {
    const reason = `Since the summer PyPI asks me to confirm my login in a way I can no longer do. ${TRIED}\n**What has not been lost**\n- the password\n- the mailbox on the account\n\n${OWNED}`;
    expect(status(reason, 'reason.lost_factor')).toBe('fail');
  });
});

describe('a mail provider deleting mail accounts asks nothing of PyPI', () => {
  it('"the campus deleted all the alumni email accounts" is still a recovery', () => {
    const reason = `- 2019: I signed up with my student address.\n- sometime in 2024: campus delete all the alumni email accounts, so the address on my account is gone\n- 2025: the IT office says the account is deleted permanent\n\n${TRIED} I still know my password and my TOTP app works. ${OWNED}`;
    expect(status(reason, 'scope.recovery')).toBe('pass');
  });
});

describe('recovery codes still held, told in passing', () => {
  const LOSS = 'Our team key was crushed in a door on 3 March.';
  it('a count of codes left in a vault is codes at hand', () => {
    const reason = `${LOSS} I looked for the recovery codes and there are 4 left in my password manager. ${HELD} ${OWNED}`;
    expect(status(reason, 'recovery_codes.consistent')).toBe('fail');
  });

  it('codes named among "our remaining access" are at hand', () => {
    const reason = `${LOSS} ${TRIED} Our remaining access: the password, the team mailbox, and the printed recovery code list in our safe. ${OWNED}`;
    expect(status(reason, 'recovery_codes.consistent')).toBe('fail');
  });

  it('a former colleague whose work phone was wiped holds no codes support could ask about', () => {
    const reason = `Our colleague set up the 2FA on his work phone, which was wiped when he left in May. We never stored recovery codes. ${HELD} ${OWNED}`;
    expect(status(reason, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('projects and domains named without quotes', () => {
  const BASE = `My phone with the authenticator app was stolen at a market in Lisbon on 2 August. ${TRIED} I still know my password.`;
  it.each([
    'We own harbour-agent and harbour-metrics on PyPI.',
    'Packages under this account: harbour-agent and harbour-metrics.',
    'The account email is our group mailbox on harbour-data.org.',
  ])('"%s" is proof', (proof) => {
    expect(status(`${BASE} ${proof}`, 'reason.ownership_proof')).toBe('pass');
  });

  it('"the only maintainer of my projects" names none', () => {
    expect(status(`${BASE} I am the only maintainer of my projects.`, 'reason.ownership_proof')).toBe('warn');
  });
});

describe('no step in a denial', () => {
  it.each([
    'I reset the phone in May and forgot the app was on it, without any export.',
    'My phone fell off a ferry in May, never to be seen again.',
  ])('"%s" tells nothing tried', (loss) => {
    expect(status(`${loss} ${HELD} ${OWNED} ${NO_CODES}`, 'reason.attempts')).toBe('warn');
  });
});
