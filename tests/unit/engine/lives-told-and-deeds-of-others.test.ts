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
