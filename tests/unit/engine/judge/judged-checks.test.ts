import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../../../lib/engine/judge/tokens';
import { buildReport } from '../../../../lib/engine/report';
import { requestOf } from '../../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;
const ready = (reason: string) => buildReport(requestOf(reason)).ready;

/** Complete requests in words the hand-written cues never listed: each must turn the badge green. */
const COMPLETE: readonly string[] = [
  `My Pixel took a swim in the Vltava during a boat trip last August, and Aegis went down with it.
I have already gone through the password reset and dug through my old laptop for the recovery codes; nothing.
What still works: the password, and the inbox on the account, which I read every day.
I publish \`tram-times\` from github.com/vltava-dev/tram-times.`,
  `Timeline:
- 2026-02-03: the company wiped my work phone when I changed teams; the authenticator for PyPI was on it.
- 2026-02-04: tried to restore it from the backup the IT desk keeps; the PyPI entry was not in it.
Both the password and the address on the account are still under my control.
Projects: \`ledgerline\`, \`ledgerline-cli\` (source on github.com/ledgerline).`,
  `Right after my OS upgrade in early March the authenticator app opened empty. I reinstalled it and looked in my cloud backup without luck.
I can still log in with my password up to the 2FA step, and I can read mail at the primary address.
I maintain \`fjord-weather\` (github.com/ingrid-h/fjord-weather).`,
];

/** Near-complete requests with one gap a careful reader sees: none may turn green. */
const ONE_GAP: ReadonlyArray<readonly [string, string]> = [
  [
    'reason.circumstances',
    `My authenticator is simply not available to me any more, and I never kept the recovery codes.
I tried the password reset and searched my drive for the codes.
I still have the password and the account email. My package is \`quarry-tools\` (github.com/quarry/quarry-tools).`,
  ],
  [
    'reason.remaining_access',
    `My phone was stolen on a night bus in Lisbon on 2 October, with Google Authenticator on it.
I tried the password reset and went through my old files for recovery codes.
My package is \`azulejo\` on PyPI.`,
  ],
  [
    'reason.lost_factor',
    `Since I came back from a conference in Berlin in May, PyPI has simply not let me in.
I tried two browsers and another laptop.
I know my password and the email on the account works. I maintain \`spree-lint\` (github.com/spree-lint).`,
  ],
];

describe('the judge, on requests written in words of their own', () => {
  it.each(COMPLETE.map((r, i) => [i + 1, r] as const))('turns complete request %i green', (_n, reason) => {
    const report = buildReport(requestOf(reason));
    expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([]);
    expect(report.ready).toBe(true);
  });

  it.each(ONE_GAP.map(([id, r]) => [id, r] as const))('does not turn green when %s is the gap', (id, reason) => {
    expect(status(reason, id)).toBe('fail');
    expect(ready(reason)).toBe(false);
  });

  it('hears "nothing is left" as an answer about remaining access', () => {
    expect(
      status(
        'I lost my phone in the sea in June. I have no access to the email either: nothing at all is left.',
        'reason.remaining_access',
      ),
    ).toBe('pass');
  });

  it('reads a list under a marked title ("■ What I still have", "## Tried", "**Still working**") as that title says', () => {
    for (const title of ['■ What I still have', '## What I still have', '**What I still have**']) {
      const reason = `My phone was stolen at a station on 3 May with the authenticator on it.\n${title}\n- the password\n- the account email`;
      expect(clausesOf(reason).at(-1)?.heading, title).toBe('what i still have');
    }
  });

  it('keeps a marked title over its section across blank lines, and a colon line only over its block', () => {
    const titled = 'My phone broke on 2 May.\n\n**What I still have**\n\n- the password\n\n- the account email';
    expect(
      clausesOf(titled)
        .map((c) => c.heading)
        .slice(-2),
    ).toEqual(['what i still have', 'what i still have']);
    const colon = 'What I still have:\n\n- the password\n\nThe phone broke in May.';
    expect(clausesOf(colon).map((c) => c.heading)).toEqual([null, 'what i still have', null]);
  });

  it('reads the label of a list item past its marker, as it reads a labelled line', () => {
    const reason = 'My key fell in a canal.\n- When: during the spring break\n2) Tried: the backup laptop, in vain';
    expect(clausesOf(reason).map((c) => c.label)).toEqual([null, 'when', 'tried']);
    // Only the line's first clause is under its label; the rest of the line is the writer's own sentence.
    expect(clausesOf('- Still have: the password. The mailbox is gone.').map((c) => c.label)).toEqual([
      'still have',
      null,
    ]);
  });

  it('reads a short plain line right over a list as its heading, and not a line over prose', () => {
    const reason =
      'What happened\nMy phone fell off a ferry in March.\n\nWhat I still have\n\n- the password\n- the mailbox';
    expect(clausesOf(reason).map((c) => c.heading)).toEqual([
      null,
      null,
      null,
      'what i still have',
      'what i still have',
    ]);
  });

  it('hears what remains in a section under a title with blank lines around it', () => {
    const reason = `**What happened**

My tablet with the authenticator slid off a boat near Split on 9 August and sank.

**What I tried**

- Went through my cloud drive and old mail for the recovery codes; none there.

**What I still have**

- The password.
- The address on the account, which I read every morning.
- Owner of github.com/lumen-dev/lumen-dalmatia.`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
    expect(ready(reason)).toBe(true);
  });

  it('warns when a full story leaves out what was tried, and not when the trying is told in passing', () => {
    const story = `My tablet, the only place my authenticator lived, was taken from a café table in Porto on 12 May.
I never wrote down the recovery codes when I turned 2FA on in 2023.
I still know my password and I read the address on the account daily. I publish \`nata-utils\` (github.com/nata/nata-utils).`;
    expect(status(story, 'reason.attempts')).toBe('warn');
    expect(ready(story)).toBe(true);
    for (const told of [
      'I phoned my mobile carrier, who could not bring the old entries back.',
      'I went through my drawers and my cloud folder for the codes.',
      'I reset the password last week; the 2FA prompt still stops me.',
    ])
      expect(status(`${story}\n${told}`, 'reason.attempts'), told).toBe('pass');
  });

  it('does not take the day support was written to, or a restated loss, for how and when', () => {
    const reason = `I lost the data of my authenticator app, so the second step of the login fails.
I opened a ticket with the PyPI admins by email earlier this month and searched my drive for codes.
I still know the password and read the account's mailbox. I maintain \`marl-tools\` (github.com/marl/marl-tools).`;
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });

  it("does not take a pasted error message for the writer's own story", () => {
    const reason =
      'I cannot log in.\n```\nYour email address must be verified before you can reset your password.\n```';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});
