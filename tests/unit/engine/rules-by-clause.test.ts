import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

/** What a careful writer says, read clause by clause: a word near another is not yet a fact about it. */
describe('reason.lost_factor reads the loss and the factor in one clause', () => {
  it('fails a story whose only loss is "something" while the factor sits in the clause before', () => {
    const reason =
      'Since I moved to a new workstation on 3 May I set up browsers, sync and phone apps again, and somewhere along the way something went missing. The login does not go through. I still know my password and get mail at the address on the account. My package is `fjord-tide`.';
    expect(statusOf('reason.lost_factor', reason)).toBe('fail');
  });

  it('does not take a password that is said to work for the lost one', () => {
    const reason =
      'Since the office swapped my laptop in June I cannot get past the login. I used the forgot-password mail, chose a new password and it is accepted, yet I am still not in. I still have the password and the mailbox on the account. The project is `moss-grid`, built from github.com/moss-lab/moss-grid.';
    expect(statusOf('reason.lost_factor', reason)).toBe('fail');
  });

  it('still passes a lost mailbox told with an aside in brackets', () => {
    const reason =
      'The address on the account (an old university one) was shut down when I graduated, so the reset mail never reaches me.';
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });

  it('reads a closed password vault as where a factor lived, not as the factor', () => {
    const reason =
      'In April I moved my logins from one password manager to another and since then PyPI refuses me. The old vault was closed by the vendor. I still have my password and the mailbox; the project is `larch-io`.';
    expect(statusOf('reason.lost_factor', reason)).toBe('fail');
  });
});

describe('recovery_codes.consistent reads where the codes are now', () => {
  it.each([
    'Good news of a kind: last weekend I found the envelope with my recovery codes in a box of old papers, none used.',
    'The printed recovery-code sheet is still in my desk at work, most of it unused.',
    'The form wanted the box checked, so I checked it, but I do have the codes: they sit in a text file on my laptop.',
    'I copied the recovery codes into a diary in 2024, and that diary is right here on my desk.',
    'Of my recovery codes I spent five on trips, and the three that are left are still in my vault.',
    'About the recovery codes: the box had to be ticked to file this, but in fact I have them printed in a folder.',
    'Then I found that the recovery codes are still in my KeePass database, every one unused.',
    'Yesterday I found a text file on my backup drive with all ten recovery codes.',
    'My recovery codes are sitting in a file on my desktop; I would just prefer a clean reset.',
    'I kept my recovery codes in the team wiki. I never used any of them, so they should still work.',
  ])('fails codes that are at hand again: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it.each([
    'I went through my drive and my notes in case I saved the codes, with no luck.',
    'I looked everywhere and found no recovery codes at all.',
    'The flood ruined my phone and the memory card where I stored the recovery codes.',
    'I found an older export (from before PyPI was in it), and searched every folder for recovery codes in vain.',
  ])('passes codes only hoped for, not found, or kept in what was lost: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('does not read a failure said of something else on the way as failing codes', () => {
    const reason =
      'I tried my phone backup, my laptop for recovery codes (never saved), and the browser session (long expired). The codes were in an encrypted file, but I later deleted the expired key it needed.';
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('does not read a request that support reset the 2FA as someone else changing it', () => {
    const reason = 'My phone fell in a lake in May. I am writing so that someone can reset the 2FA on my account.';
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
    expect(statusOf('recovery_codes.consistent', 'Someone changed the 2FA on my account last week.')).toBe('warn');
  });

  it('pairs "someone else" with the 2FA only within one clause', () => {
    const reason =
      'Tried: the carrier (my old number now belongs to someone else), my tablet (Authy there was empty), my notes.';
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
    expect(statusOf('recovery_codes.consistent', 'Someone else enabled the authenticator on my account.')).toBe('warn');
  });

  it('still warns when the codes themselves are rejected', () => {
    expect(statusOf('recovery_codes.consistent', 'The recovery codes from my notebook are all rejected.')).toBe('warn');
  });

  it('passes 2FA made by someone who looked and found nothing, or who answered no', () => {
    for (const reason of [
      'Our old treasurer set up the 2FA on her phone. She searched her old laptop for the recovery codes and found nothing.',
      'The 2FA was configured by our former engineer; we asked whether he kept a copy of the codes (he did not).',
    ])
      expect(statusOf('recovery_codes.consistent', reason), reason).toBe('pass');
  });

  it('gives a failure to the thing it is said of: a sync that failed is not a code that failed', () => {
    const reason =
      'The recovery codes were in a cloud folder, but that file is empty because the sync failed long ago.';
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('passes 2FA set up by a former colleague who says he holds nothing, and warns while that is unknown', () => {
    const known =
      'Our former maintainer set up 2FA on his own phone. We asked him in May: he wiped that phone when he left and no longer has the codes.';
    const unknown = 'Our former maintainer set up 2FA on his own phone before he left the company.';
    expect(statusOf('recovery_codes.consistent', known)).toBe('pass');
    expect(statusOf('recovery_codes.consistent', unknown)).toBe('warn');
  });
});

describe('reason.circumstances is not the remedy', () => {
  it('does not take buying a new key for how the old one was lost', () => {
    const reason =
      'The security key that was my only second factor is lost. I have bought a new key and would like to register it.';
    expect(statusOf('reason.circumstances', reason)).toBe('fail');
  });
});

describe('scope.recovery finds the real ask however it is put', () => {
  it.each([
    'My phone was stolen in May. What I need is for you to make my former teammate `okoye` the owner of `pebble-db`.',
    'Our key broke last week. What we would really like is a PyPI organisation for the group, with our three projects moved into it.',
  ])('fails: %s', (reason) => {
    expect(statusOf('scope.recovery', reason)).toBe('fail');
  });

  it('passes a writer who names an organisation they belong to', () => {
    const reason =
      'My phone was stolen in May. I am a member of an organisation for our lab, and I need my own account back.';
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });
});

describe('recovery codes told in a form-like layout', () => {
  it('reads each "Label:" line on its own, so a "never" on the line before does not hide codes at hand', () => {
    const reason = [
      '**Lost:** my security key, dropped on a ferry on 2 May',
      '**Tried:** the ferry company, and my spare key (never registered on PyPI)',
      '**Recovery codes:** I still have three unused ones on a card in my wallet.',
      '**Still have:** the password and the mailbox',
    ].join('\n');
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it('does not read a plan to keep the codes next time as codes at hand', () => {
    const reason =
      'Please reset the 2FA so I can enrol a new key and, this time, keep the recovery codes somewhere safe.';
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });
});

describe('privacy.secrets in passing', () => {
  it.each([
    'To prove the mail reaches me, I set the password to Lintel#Moor58 with the reset link.',
    'Signing in with my old password, Quarry_Vole_31 (I will rotate it), gets me to the code prompt.',
    'For your records, the password I have been using is heron-Wharf-4410 and it still gets me to the code step.',
  ])('finds a password given in passing: %s', (reason) => {
    expect(statusOf('privacy.secrets', reason)).toBe('fail');
  });

  it('passes a sentence about the password with no value in it', () => {
    expect(statusOf('privacy.secrets', 'I changed the password to something new, and it works.')).toBe('pass');
    expect(statusOf('privacy.secrets', 'The password I use is still accepted by the login page.')).toBe('pass');
  });
});

describe('privacy.secrets in a table', () => {
  it('finds a password in the cell beside a password label, not in the cell beside "password manager"', () => {
    const table = '| What | Answer |\n|---|---|\n| Password I still know | Orchard!Lantern42 |\n| Email | still mine |';
    expect(statusOf('privacy.secrets', table)).toBe('fail');
    const manager = '| What | Answer |\n|---|---|\n| Password manager | KeePass2024 |';
    expect(statusOf('privacy.secrets', manager)).toBe('pass');
  });
});
