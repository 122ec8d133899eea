import { describe, expect, it } from 'vitest';
import type { CheckId } from '../../../lib/engine/form/schema';
import { statusOf } from './rules-helpers';

/** The status of one check for a reason, with every box ticked. */
const status = (reason: string, id: CheckId) => statusOf(id, reason);

const STORY = 'Lost: the authenticator app\nWhen: the phone was stolen from a train on 3 March 2025';
const TRIED =
  'Tried:\n- restored the phone backup, the app came back empty\n- searched my notes for recovery codes, none';
const OWNED = 'Projects: `lichen-map` (github.com/moss-lab/lichen-map)';

describe('answers laid out as a nested list', () => {
  it('the items under "- Still have" are what is still held', () => {
    const held = '- Still have\n  - the password\n  - the registered email';
    expect(status(`${STORY}\n${TRIED}\n${held}\n${OWNED}`, 'reason.remaining_access')).toBe('pass');
  });

  it('a nested list with nothing still held says nothing of access', () => {
    const other = '- Projects\n  - `lichen-map`\n  - `moss-count`';
    expect(status(`${STORY}\n${TRIED}\n${other}`, 'reason.remaining_access')).toBe('fail');
  });
});

describe('answers under headings and bold lead-ins', () => {
  const LOST = 'My only security key went missing from a shared office on 9 April 2025.';
  const SEARCHED = 'I looked through my vault and my desk for the recovery codes and found none.';

  it.each(['#### What works', '**What we have**', '**What we still have.**'])(
    'the items under "%s" are what is still held',
    (heading) => {
      const held = `${heading}\n- My password.\n- The email address on my account.`;
      expect(status(`${LOST}\n${SEARCHED}\n\n${held}\n\n${OWNED}`, 'reason.remaining_access')).toBe('pass');
    },
  );

  it('items under a heading of what was lost are not held', () => {
    const lost = "#### What's gone\n- My password.\n- The email address on my account.";
    expect(status(`${LOST}\n${SEARCHED}\n\n${lost}\n\n${OWNED}`, 'reason.remaining_access')).toBe('fail');
  });

  it('a step tried, under a bold question, is not how the key was lost', () => {
    const loss = '**Which factor is lost?** My only FIDO2 key. I no longer have it.';
    const tried =
      '**What have you tried?**\n- My spare key, in case both were registered: PyPI says the key failed, so no.\n- My vault, for the recovery codes: not there.';
    const held = '**What access do you still have?**\n- The password.\n- The account email.';
    expect(status(`${loss}\n\n${tried}\n\n${held}\n\n${OWNED}`, 'reason.circumstances')).toBe('fail');
  });

  it('a server decommissioned with the key in it, on a date, is how and when, CI named or not', () => {
    const when =
      '**How and when.** We decommissioned the server holding the key on 6 December 2024, moving CI to the cloud.';
    const lost = '**What was lost.** The security key, our only second factor.';
    expect(status(`${lost}\n${when}\n${TRIED}\nStill have: the password\n${OWNED}`, 'reason.circumstances')).toBe(
      'pass',
    );
  });
});

describe('secrets and asks given in passing', () => {
  const GOOD = `${STORY}\n${TRIED}\nStill have: the password and the email\n${OWNED}`;

  it.each([
    'I first tried my old password marble-otter-41, and it still works.',
    'I reset the password afterwards - the new one is Lichen#Moss2024, so you can see I hold the mailbox.',
  ])('a password is caught: %s', (leak) => {
    expect(status(`${GOOD}\n${leak}`, 'privacy.secrets')).toBe('fail');
  });

  it('"rather than getting the account back" makes the other ask the main one', () => {
    const ask = "Rather than getting the account back, we'd like the project `lichen-map` deleted from PyPI.";
    expect(status(`${GOOD}\n${ask}`, 'scope.recovery')).toBe('fail');
  });
});

describe('codes looked for, not held', () => {
  const GOOD = `${STORY}\nStill have: the password and the email\n${OWNED}`;

  it.each([
    'Went through my Google Drive and Keep notes for recovery codes; I never saved them.',
    'I closed my first request because I thought I found the codes. I had not.',
  ])('%s', (said) => {
    expect(status(`${GOOD}\n${said}`, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('more answers and steps', () => {
  const GOOD_TRIED = `${STORY}\n${TRIED}`;

  it('a numbered line heads the bullets under it', () => {
    const held = '3) What I still have\n- my PyPI password\n- the registered email address';
    expect(status(`${GOOD_TRIED}\n${held}\n${OWNED}`, 'reason.remaining_access')).toBe('pass');
  });

  it('a numbered questionnaire answers what was lost and when as its plain lines do', () => {
    const numbered =
      '1) What was lost: the YubiKey on my keyring\n2) When: the week of the sailing race\n3) Tried: every drawer and both bags\n4) Still have: password, email';
    expect(status(`${numbered}\n${OWNED}`, 'reason.lost_factor')).toBe('pass');
    expect(status(`${numbered}\n${OWNED}`, 'reason.circumstances')).toBe('pass');
    // Not when the answer is a shrug.
    const unsure = numbered.replace('the week of the sailing race', 'not sure at all');
    expect(status(`${unsure}\n${OWNED}`, 'reason.circumstances')).toBe('fail');
  });

  it('"Proof:" answered with a project name, or "gh:" with a repository, is proof', () => {
    expect(
      status(
        `${GOOD_TRIED}\nStill have: password, email\nProof: lichen-map (gh: moss-lab/lichen-map)`,
        'reason.ownership_proof',
      ),
    ).toBe('pass');
  });

  it('"please reset it" asks; it is no step taken', () => {
    const reason = `${STORY}\nStill have: password, email\n${OWNED}\nNo recovery codes. Please reset it.`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('a phone someone else reset is no step the writer took', () => {
    const reason = `Lost: the authenticator app, on my old work phone\nWhen: I left the firm in May and the phone went to a colleague, who reset it.\nStill have: password, email\n${OWNED}\nNo recovery codes.`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('a subjectless "went through …" line is a search made', () => {
    const reason = `${STORY}\nWent through both drawers and the old tablet for the codes, no luck.\nStill have: password, email\n${OWNED}`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });

  it('"I can\'t do the two-step login again" is no step repeated', () => {
    const reason = `${STORY}. The authenticator was on that phone, so I can't do the two-step login again.\nStill have: password, email\n${OWNED}\nNo recovery codes.`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('every box unpacked after a move is a search made', () => {
    const reason = `Lost: my security key, in a house move in January 2025\nI've unpacked every box, it isn't there.\nStill have: password, email\n${OWNED}\nNo recovery codes.`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });
});

describe('a reset that cannot be done', () => {
  it('"so I cannot reset it" tells neither how nor when', () => {
    const reason =
      "I cannot get into the mailbox that is the email on my PyPI account. I also do not know my PyPI password, so I cannot reset it. I tried the provider's recovery form twice. I still have the authenticator, and I own github.com/moss-lab/lichen-map, the repo of `lichen-map`. I did not generate recovery codes.";
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('answers under "Q:" lines', () => {
  const LOST_KEY = 'Q: What happened?\nA: My only security key broke in half in a car door on 14 June 2026.';
  const SEARCHED = 'Q: What have you tried?\nA: I searched my vault and my desk for the recovery codes and found none.';

  it('an answer is read under its question: "A: the mailbox" under "what do you still have"', () => {
    const held = 'Q: What do you still have?\nA: The mailbox on the account.';
    expect(status(`${LOST_KEY}\n\n${SEARCHED}\n\n${held}\n\n${OWNED}`, 'reason.remaining_access')).toBe('pass');
  });

  it('the same answer under a question about what was lost is no access', () => {
    const lost = 'Q: What is gone for good?\nA: The mailbox on the account.';
    expect(status(`${LOST_KEY}\n\n${SEARCHED}\n\n${lost}\n\n${OWNED}`, 'reason.remaining_access')).toBe('fail');
  });
});
