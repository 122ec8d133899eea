import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

/**
 * Requests about a mailbox or an organisation, and the short second-language notes beside them: each case in
 * this file's own words.
 */
const MAILBOX_GONE =
  'The address on my account was at my old employer, and the mailbox was closed when I left in April 2025.';
const TRIED = 'I tried the password reset and asked their IT desk, who could not reopen it.';
const OWNED = 'I maintain `kelp-tide` (github.com/kelp-dev/kelp-tide).';

describe('a second factor that still works is the access left', () => {
  it.each([
    'I no longer remember the password. The 2FA app is fine.',
    'I forgot my password, but my authenticator works.',
    'The password is gone with the old laptop; the authenticator is still on my phone.',
    'I forgot the password. My authenticator, which was set up in 2020, still generates PyPI codes.',
  ])('passes: %s', (held) => {
    expect(statusOf('reason.remaining_access', `${MAILBOX_GONE} ${TRIED} ${held} ${OWNED}`)).toBe('pass');
  });

  it('fails an authenticator said to work that no longer has the account', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} I forgot the password. My authenticator works but the PyPI entry was wiped. ${OWNED}`;
    expect(statusOf('reason.remaining_access', reason)).toBe('fail');
  });
});

describe('what others do, and what the writer did, is no ask', () => {
  it("passes a university's habit of wiping old accounts", () => {
    const reason = `My address was a student one, and they wipe student accounts a year after graduation. ${TRIED} I know my password. ${OWNED}`;
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });

  it('passes a repository the writer moved to their own account long ago', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} I know my password. I maintain \`kelp-tide\` (github.com/kelp-dev/kelp-tide; I moved the repo to my personal account before I left).`;
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });

  it.each([
    'What I would like is for my new account `kelp2` to get this username, and for this one to be closed.',
    'Our company wants `kelp-tide` under our organization on PyPI, please create organization and add it there.',
  ])('fails another ask written beside the story: %s', (ask) => {
    expect(statusOf('scope.recovery', `${MAILBOX_GONE} ${TRIED} I know my password. ${OWNED} ${ask}`)).toBe('fail');
  });
});

describe('recovery codes listed or kept', () => {
  it.each([
    'I still have password, email, and recovery codes I download when I set up 2FA.',
    'I tried the password reset and was going to fall back on my recovery codes, which are still in my vault.',
  ])('fails codes at hand said in a list or a relative clause: %s', (codes) => {
    expect(statusOf('recovery_codes.consistent', `${MAILBOX_GONE} ${codes} ${OWNED}`)).toBe('fail');
  });

  it('passes a list that goes on to say the codes were lost', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} I still have my password, my GitHub, and I lost the recovery codes. ${OWNED}`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('passes a codes file that sits on a machine since gone', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} I put the recovery codes on my old laptop, which is still in a box in the attic and will not boot. ${OWNED}`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });
});

describe('short notes in second-language English', () => {
  const HELD = 'I have password and email. Project `pyzlote`.';
  it.each([
    'Phone stolen in tram 2 weeks ago. Police report done.',
    'Phone stolen in tram 2 weeks ago, backup was off. Authy support cannot help.',
    'Phone stolen in tram 2 weeks ago. Already check Google backup, nothing.',
    'My work laptop had the 2FA and I returned it last month when I quit. I ask old company IT, they wipe it already.',
  ])('hears the step taken: %s', (story) => {
    expect(statusOf('reason.attempts', `${story} ${HELD}`)).toBe('pass');
  });

  it.each([
    'Since I came back from Hajj I cannot pass the login of PyPI.',
    'Since I came back from umrah I cannot pass the login of PyPI.',
  ])('hears when, dated by a pilgrimage: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} I tried other browsers and the reset. ${HELD}`)).toBe('pass');
  });

  it('hears a mailbox lost with a domain given up', () => {
    const reason = `The account email is on our old domain, which we gave up in the rebrand in 2025. I tried the reset. I know the password. ${OWNED}`;
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });
});

describe('a "When:" line answered', () => {
  const rest = '- Tried: the venue and my password manager\n- Still have: password, email\n- Project: `kana-pad`';
  it('passes an occasion given as the answer', () => {
    const reason = `- Lost: my YubiKey, the only key\n- When: the after-party of the PyCon JP sprints\n${rest}`;
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });

  it.each([
    '- Lost: my YubiKey, the only key\n- When: not sure, it has simply gone',
    '- What happened: I lost my YubiKey, the only key',
  ])('fails an answer that restates or cannot tell: %s', (lines) => {
    expect(statusOf('reason.circumstances', `${lines}\n${rest}`)).toBe('fail');
  });
});

describe('a password kept somewhere now', () => {
  it('passes a password that sits in a shared vault', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} The password is in our group's shared vault. ${OWNED}`;
    expect(statusOf('reason.remaining_access', reason)).toBe('pass');
  });

  it('fails a password that was kept on a machine since lost', () => {
    const reason = `${MAILBOX_GONE} ${TRIED} The password was in the vault on my stolen laptop. ${OWNED}`;
    expect(statusOf('reason.remaining_access', reason)).toBe('fail');
  });
});

describe('asks put inside a recovery', () => {
  const story =
    'My phone with the authenticator was lost in a flood on 3 March. I tried the cloud restore. I know my password and my email works. I maintain `tide-log`.';
  it.each([
    'Please recover my account only to delete `tide-log` and all its releases.',
    'My late uncle also had an account. Please recover my account by merging his account into it.',
    'Please recover my account under the new username `ana-k` instead of the old one.',
    'What I need recovered is `reef-map`, an abandoned project of a colleague: please give me ownership of it.',
  ])('fails: %s', (ask) => {
    expect(statusOf('scope.recovery', `${story} ${ask}`)).toBe('fail');
  });
});

describe('a life the writer sets apart from the loss', () => {
  const rest = 'I looked for codes in my notes. I have my password and email. I maintain `tide-log`.';
  it.each([
    'A fire damaged our home in the spring and we live in a rental while it is rebuilt. Separately from all that, I have lost my security key.',
    "Our second child is two months old and I'm on parental leave. My YubiKey is gone. I've searched the whole house for it.",
  ])('fails: %s', (story) => {
    expect(statusOf('reason.circumstances', `${story} ${rest}`)).toBe('fail');
  });
});

describe('codes used and codes spent', () => {
  const story =
    'My phone fell out of a taxi on 31 December. I called the taxi firm. I know the password and have my email. I maintain `tide-log`.';
  it('fails a code used this morning to check the way in', () => {
    const reason = `${story} I used one of my recovery codes this morning to check that I could still get in, and it worked.`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it('passes the one code found, struck through as used', () => {
    const reason = `${story} The only recovery code I found is on an old sticky note, but it has a line through it, so I must have used it.`;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });
});

describe('a loss told beside a step taken', () => {
  it('knows the key lost with a keyring, reported at once', () => {
    const reason =
      'My 2FA was a Titan key. It was on my work keyring, and the whole keyring got lost at the airport on 28 June; I reported it to lost and found. I still know my password. I maintain `tide-log`.';
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });
});

describe('a mail service ended by whoever ran it', () => {
  it('hears how in a college that stopped its mail server', () => {
    const reason = `My PyPI email was on my college domain and the college stopped the mail server in 2023. I wrote to the college admin. I still have my GitHub and the repo of \`gu-translit\`.`;
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });
});

describe('told by careful writers', () => {
  const story =
    '- 2025-11-20: my security key broke when my bag fell into a canal\n- Tried: three computers, my password manager for codes\n- Still have: password, email, github.com/tulip/tulip-fmt';
  it('fails a PyPI project to be renamed while the account is handled', () => {
    const reason = `${story}\n\nPlease rename the PyPI project \`tulip-formatter\` to \`tulip-fmt\` while you are handling my account.`;
    expect(statusOf('scope.recovery', reason)).toBe('fail');
  });

  it('fails codes given a place and "still there"', () => {
    const reason = `${story}\n- Recovery codes: saved in 1Password, still there\n- Project: \`tulip-fmt\``;
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it('fails a one-time code read out as it is now', () => {
    const reason = `${story}\n- The new app shows codes for PyPI (right now it's 804 219) but PyPI rejects them\n- Project: \`tulip-fmt\``;
    expect(statusOf('privacy.secrets', reason)).toBe('fail');
  });
});
