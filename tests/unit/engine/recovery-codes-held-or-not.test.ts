import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

/** Where the codes are, told so that only the whole sentence says whether they are at hand. */
describe('recovery_codes.consistent, held or not', () => {
  it.each([
    [
      'a list line that opens with what is held',
      'Still usable: password. Have: the account mailbox, recovery codes (in KeePass, unused).',
    ],
    [
      'a file name with a full stop in it',
      'Good news: I went back and found them, a file named "recovery-codes.txt" on an old drive, all ten still unused.',
    ],
    [
      'a search that ended in a find',
      'This morning I searched once more and found the PyPI recovery codes on a USB stick.',
    ],
    [
      'codes that work, told as a trial',
      'I dug out my recovery codes and tried one of them and it let me in, so they work.',
    ],
    ['codes kept in an envelope', 'My recovery codes are in an envelope in the study.'],
    [
      'codes in a bracketed aside on what is held',
      'My sign-in factor is fine (I have the hardware key and the backup codes as well), but the mailbox is gone.',
    ],
    [
      'codes said to be held by a pronoun, after a search for them',
      'Searched for the recovery codes: I do have them in a pinned note on my tablet.',
    ],
    [
      'the rest of the codes saved for later',
      'I spent one recovery code in May and would like to keep the remaining ones for an emergency.',
    ],
    [
      'codes kept in a place that has since been restored',
      'The recovery codes were stored in my KeePass file, which I have since recovered from the NAS.',
    ],
    [
      'a doubt about whether they work, not where they are',
      'The recovery codes are still in my notes app and I assume they work.',
    ],
    ['never used, said with a negation', 'My recovery codes are in my desk drawer and I have not used any of them.'],
    ['a form that demanded the box', 'I do have my recovery codes; the form required the checkbox, so I ticked it.'],
    [
      '"they\'re" once the codes are named',
      "About the recovery codes, to be straight with you: they're sitting in my vault, all unused.",
    ],
    ['a note on the checkbox', "A note on the checkbox: I've got my recovery codes right here, printed, in my study."],
    ['codes carried', 'I also carry the printed PyPI recovery codes in my wallet; none has been used.'],
    [
      'the last one kept',
      'I have used seven of the eight codes by now. I have the last one here on paper, for emergencies.',
    ],
    [
      'codes never used, still on the sheet',
      'About the recovery codes: I have the printed sheet at home, and there are still four codes I never used.',
    ],
    ['a file that can still be found', 'I can still find the recovery codes file in my cloud drive.'],
    [
      'a login with one of them',
      'Yesterday I logged in using one of my recovery codes, and I still have the other six.',
    ],
    [
      'codes put away and still there',
      'My partner reminded me that I printed the recovery codes and put them in the safe, and they are there.',
    ],
    [
      'codes found, said to be valid',
      'About the recovery codes: yesterday I found the PDF with them. I have not tried any, but they should all be valid.',
    ],
    [
      'codes kept back, not to be spent yet',
      'A predecessor left the recovery codes in our wiki. We would just rather not burn those codes until a new key is set up.',
    ],
    [
      'codes listed after "I still have" without a colon',
      'I still have my password, the mailbox on the account, my recovery code printout with most codes unused.',
    ],
    [
      'a way in the writer would rather not take',
      'I know I could get in with one of the recovery codes in my vault, but I would like a clean reset instead.',
    ],
    [
      'codes found again, which could be used',
      'About the recovery codes: I found them in an old notebook last night, so I could use those.',
    ],
    [
      'codes listed under a section title',
      '**What I tried**\n\n- Reinstalled the app.\n\n**What I still have**\n\n- The password.\n- The recovery codes, on a stick in my desk.',
    ],
    [
      'codes found at the end of a search',
      'Looking through my old laptop for the recovery codes: last night I found them in a text file, all ten.',
    ],
    [
      'a sheet found in a drawer',
      'Last week I found the sheet with all ten recovery codes in my desk drawer, though I have not tried one.',
    ],
    [
      'codes listed under "Remaining access:"',
      'Remaining access: the password, the mailbox, and the recovery codes (in my vault, unused).',
    ],
    [
      'one left',
      'I did find my recovery codes list in my vault; I have used all but one, so I have a single unused one left.',
    ],
    [
      'a pronoun for the codes in the next sentence',
      'I printed the recovery codes when I set up the key. They are still in the binder on my shelf.',
    ],
    [
      'a "Recovery codes:" line that says where they are',
      'Recovery codes: on paper, in the kitchen drawer, still unused.',
    ],
    [
      'codes turned up and kept back',
      'I did turn up the recovery codes in a shoebox yesterday, but I would rather have a clean reset than spend those.',
    ],
    [
      'codes said to be printed at home',
      'The recovery codes I have printed at home, but a fresh start would be better.',
    ],
    ['codes also saved somewhere', 'My mailbox still works, and the recovery codes are also saved in my laptop.'],
  ])('fails on %s', (_what, reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it.each([
    [
      'codes kept in Google Keep, then lost',
      'Recovery codes: I had put them in a Google Keep note, which I later deleted by mistake.',
    ],
    [
      'a place said to be stolen later in the sentence',
      'The recovery codes are saved in my old tablet, which was stolen in the spring.',
    ],
    [
      'a store that was stolen',
      'The tablet where I stored the authenticator and the recovery codes got stolen on the bus.',
    ],
    [
      'codes the authenticator shows',
      'The authenticator still lists PyPI and the codes work fine; I never made recovery codes.',
    ],
    [
      'a sentence that takes them back',
      'Recovery codes: I have a PyPI entry in Bitwarden, but it holds only the password, no codes.',
    ],
    [
      'codes saved where they cannot be reached now',
      'I saved the codes in that old mailbox, so I cannot access them now.',
    ],
    [
      'codes of other accounts',
      'I restored my other accounts by logging in with backup codes, but PyPI had none saved.',
    ],
    ['codes of a new account', 'I never kept recovery codes. I have already opened a new account with backup codes.'],
    ['a plain "haven\'t got"', "I haven't got recovery codes."],
    [
      'codes kept on the phone that was stolen',
      'When I set up 2FA I saved the recovery codes as a note on the same phone, so they were stolen with it.',
    ],
    [
      'codes printed once, the printout since thrown away',
      'I have printed my recovery codes back then; the printout went out with the recycling when we moved.',
    ],
    [
      'the codes an app still generates',
      'My recovery codes were only in the old vault. The authenticator (on my own phone) still generates the codes for PyPI.',
    ],
    [
      'codes once held, on the laptop that was stolen',
      'I did have recovery codes, but they were in a file on the laptop that was taken with my bag.',
    ],
    [
      'a search that found nothing',
      'I went through my drive and old laptop for a file with the recovery codes and found nothing in my folders.',
    ],
    [
      'the codes an authenticator application holds',
      'I lost my phone in a taxi, and with it the FreeOTP application which has the codes for PyPI.',
    ],
    [
      'codes saved on a machine that is gone',
      'When I turned on 2FA I saved the codes on my old work laptop, which is gone now.',
    ],
    ['codes put nowhere', 'When I turned on 2FA I saved the recovery codes nowhere at all, which I regret.'],
    [
      'codes kept on a stick that cannot be found',
      'I kept my recovery codes on a USB stick that I cannot find since we moved house.',
    ],
    [
      'phones got in the past, not codes held',
      'We got new phones at Easter and I forgot to move the codes over; I never saved the recovery codes.',
    ],
    [
      'a spare key, not the codes, still in its box',
      "I never saved the recovery codes and never enrolled my spare key (I'd bought one; it's still in its box).",
    ],
    [
      'codes the site refuses',
      'I never kept recovery codes, and PyPI still refuses the codes from the migrated entry.',
    ],
    [
      'a pronoun that tells where the codes were, not that they are at hand',
      'I never saved the recovery codes anywhere safe. They were only on the phone that was stolen.',
    ],
    [
      'codes named after a comma, in a clause of their own',
      'The reset mail arrives, so I have the mailbox, recovery codes were never downloaded.',
    ],
    [
      'a bracketed aside that says the codes were never kept',
      'I searched my drive for any recovery codes (I never downloaded them, sadly) and checked my old tablet.',
    ],
    [
      'a pronoun for codes kept once, somewhere since lost',
      'Recovery codes: I kept them in a notebook that stayed behind in a rented flat in Porto.',
    ],
    [
      'a search in the hope of having them',
      'I went through my drafts for the recovery codes in case I have them in an old message; nothing.',
    ],
    [
      'codes kept in a place that is gone for good',
      'The recovery codes were stored in my KeePass file, which was on the laptop that was stolen.',
    ],
  ])('passes on %s', (_what, reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it.each([
    [
      'her search found none',
      'Our former admin set up the 2FA; she has looked through her backups for us and has no recovery codes.',
    ],
    [
      'his phone was wiped',
      'Our old engineer enabled 2FA on his phone. He left, and his phone was wiped when he handed it back.',
    ],
  ])('does not warn when whoever set up 2FA holds nothing: %s', (_what, reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it.each([
    [
      'codes that could be used',
      'I looked for the printed recovery codes and found the printout in a drawer, so in principle I could use one.',
    ],
    [
      'a sheet of them',
      'I still have the printed sheet of recovery codes (I have used only one before), but I cannot see where to enter them.',
    ],
  ])('fails on %s, said in passing', (_what, reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it.each([
    [
      'a file of them that turned out empty',
      'I found a file named after my PyPI recovery codes, but it is empty, zero bytes.',
    ],
    [
      'the writer describing themselves',
      "I'm a student and turned on 2FA for a course last year; I never saved any recovery codes.",
    ],
    [
      'codes the team never stored',
      'Our former lead set up the 2FA and left. Recovery codes were never stored in our company vault; we checked it and his notes.',
    ],
  ])('passes on %s', (_what, reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });
});
