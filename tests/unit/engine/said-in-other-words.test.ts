import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { requestOf } from '../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** A story with every fact but the one each case adds or changes. */
const STORY =
  'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

describe('an attempt told only by how it ended', () => {
  it.each([
    "The bus company's lost-and-found desk has no record of it.",
    'I ran a file-recovery program over the old disk, with no success.',
    "The provider's recovery form says the old mailbox no longer exists.",
    'I went through every drawer at home for a printout of the codes, no luck.',
    'I had a proper look through my notes for the codes.',
    'I made a report to the police the next morning, but nothing was handed in.',
    'My password manager confirms that I never saved the codes.',
    'Tried: signing in on the new laptop with the synced keychain, which has no entry for PyPI.',
    'I took the phone to a service centre; they said nothing can be recovered.',
    'On my new phone I logged in to Google Authenticator with my Google account, but PyPI was not there.',
  ])('counts as something tried: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'reason.attempts')).toBe('pass');
  });

  it.each([
    'Nobody asked me about backups before the phone was wiped.',
    'I was offshore with almost no signal, followed by a long stay abroad.',
    'Back on shore after months away, I would like to publish again.',
    'We need to enrol it again on the new phone.',
    'I ask you to help restore the access.',
    'It is a small chess library on PyPI called `heron-chess`.',
  ])('does not take for an attempt: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'reason.attempts')).toBe('warn');
  });

  it('does not take a habit for an attempt ("which I check daily")', () => {
    const reason =
      'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I still know my password, and the account email is my private one, which I check daily. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });
});

describe('recovery codes at hand, said in passing', () => {
  it.each([
    'PyPI gave me recovery codes when I set it up, and they are saved in my notes app, but I would rather you reset it.',
    'I already signed in with one of the recovery codes from my printout, and it worked, yet I want the 2FA reset.',
  ])('contradicts the ticked box: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'I printed the recovery codes back then and spent one of them last week; the other nine are still in my drawer.',
    'I kept the recovery codes on paper, and there are six unused codes left on that printout.',
    'Clearing out my study I found the printed recovery codes in an old diary, none crossed off.',
  ])('hears codes that remain: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'I searched for the recovery codes, which I did actually find in an old encrypted note; I have not used any of them yet.',
    'I realise I could log in with a recovery code, the list is untouched, but I would rather you reset the 2FA.',
  ])('hears codes found or usable: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('hears codes still in use, with a wish for a reset in the same sentence', () => {
    const reason =
      "My tablet with the TOTP went overboard on a research cruise in March. I checked with the ship's lost property. Since then I have been signing in with the account's recovery codes, which I keep in our vault, but only three are left now and I want the second factor reset before they run out so that I can enrol a new phone. I know the password and read the mailbox on the account. I maintain `heron-tools`.";
    expect(status(reason, 'recovery_codes.consistent')).toBe('fail');
  });

  it('hears codes named first and then kept: "the recovery codes I saved in my drafts"', () => {
    const said = 'The recovery codes I saved in my mail drafts when I set up 2FA, and I can open them any time.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('reads codes kept in a named place, and a reset asked for so as not to spend one', () => {
    const said = 'The recovery codes are in my cloud folder, but a reset seems cleaner than burning a code.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'We searched our vault for the recovery codes and asked the whole team. Nobody has the codes.',
    'I never saved the recovery codes. Once access is restored I will enrol two keys and keep the codes offline.',
  ])('does not read a denial or a plan as codes at hand: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('does not read a search that found nothing as codes at hand', () => {
    const said = 'I have also been through my folder of printed papers for the recovery codes, and they are not there.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('hears codes kept as a draft that is still there', () => {
    const said =
      'As for the recovery codes, I saved them as a draft in my mailbox back then, and that draft is still there.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('does not take the codes an authenticator app gives for recovery codes', () => {
    const said = 'I never saved recovery codes. I still have the 2FA app on my phone (it gives the codes fine).';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('does not count codes used up long ago as codes at hand', () => {
    const said =
      'Since then I have logged in with recovery codes a few times, and the last of them were in a note on the stolen phone.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('does not read a failed restore beside "no recovery codes" as codes that were rejected', () => {
    const said = 'No recovery codes; the authenticator restore failed as cloud backup was off.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('what remains, and what only the account holds', () => {
  const LOST =
    'The address on the account was on our studio domain, which lapsed on 2 March; a reseller now holds it. We tried the password reset, which mails the lapsed domain.';

  it('does not take what the account owns, or the address asked for, as access the writer holds', () => {
    const reason = `${LOST} The account owns \`heron-tools\`. Please help us change the address to one we control.`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });

  it.each([
    'I can make a commit there with any text you ask for.',
    "I'm signed in there and can push whatever you need.",
    'I have admin rights on the repository github.com/heron-dev/heron-tools.',
  ])('hears control of the repository: %s', (said) => {
    const reason = `${LOST} We publish \`heron-tools\` from github.com/heron-dev/heron-tools. ${said}`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it('hears a password that the site still accepts', () => {
    const reason = `${LOST} The password is in our vault and PyPI accepts it. We publish \`heron-tools\`.`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });
});

describe('codes made by someone else who no longer has them', () => {
  it('passes the codes box', () => {
    const reason =
      'Our former maintainer set up the 2FA on her work phone, which was wiped when she left in April. She is glad to help but no longer has the codes she made. We still read the account email. We publish `heron-tools` (github.com/heron-dev/heron-tools).';
    expect(status(reason, 'recovery_codes.consistent')).toBe('pass');
  });

  it.each([
    'Our release engineer set up the 2FA last year; he tells us he never downloaded the recovery codes.',
    'My nephew set up two-factor for me and printed the recovery codes, but that printout must have gone out with the recycling.',
  ])('passes the codes box when their copy never existed or is gone: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });
});

describe('a taken-over account', () => {
  const TAKEN =
    "On 2 March PyPI mailed me that someone else had added a TOTP app to my account, and my password had been changed. The reset mail still reaches me, so I set a new password, but the login asks for the intruder's code. I still read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).";

  it('passes the codes box when the writer never had codes of their own', () => {
    expect(status(`${TAKEN} I never generated recovery codes.`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('still warns when nothing is said of the codes: the intruder may hold some', () => {
    expect(status(TAKEN, 'recovery_codes.consistent')).toBe('warn');
  });
});

describe('another ask behind a recovery story', () => {
  it.each([
    'What I need most is that you delete all the files of release 3.1 of `heron-tools`, which I cannot remove myself.',
    'I have moved on from the project, so there is no need to restore my access: please remove me as an owner of `heron-tools`.',
    'I am handing the project to my student: please drop my access and make her the owner of `heron-tools`.',
    'Please treat this as a name request for the abandoned name `heron`; the 2FA reset is secondary.',
    "What I'm asking is for the name `heron-tools`, held by this account, to be released so I can claim it from the new account.",
    'What we really need: could you create that organisation and move both projects into it?',
    'What I would like is for `heron-tools` to be moved to the PyPI organisation `heron-lab`.',
    'I do not need the old login back: move `heron-tools` to my new account and shut down the old account.',
    'Could you please delete heron-scratch for me? It was uploaded by mistake.',
    "I need that release deleted as soon as possible; that's the one thing I am asking for.",
    'What I need is for that project, all releases included, to be removed from PyPI.',
    "I'm not asking to get back in: I'd like the account and everything on it, `heron-tools` included, to be permanently deleted.",
    'Rather than recovering this account, please move both projects to my new one and then close heron-old.',
    'So please just transfer the ownership of heron-tools to heron-lab-2, and then you can close the old account.',
    'The main thing I am asking for is to rename this account from heron1987 to heron-dev.',
    'Please remove him as an owner of `heron-tools`; my own 2FA can wait.',
    'In short: please rename the account `heron1987` to `heron-dev`, projects and all.',
    'Why I am really writing: our application for a PyPI organisation called `heron-lab` has been waiting since spring.',
    'Honestly, I would rather you just rename the account, since the old name embarrasses me.',
    'I do not need to use the account again; I only want version 2.0 removed from PyPI.',
    'Could you unlink my email address from it, so that I can create a new account with that address instead?',
    'Please lift the 2FA requirement on this account permanently, since only a script uploads from it.',
  ])('is not a recovery: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'scope.recovery')).toBe('fail');
  });

  it.each([
    'I maintain `heron-tools`, which lives under the GitHub organisation heron-lab.',
    'Our old mailboxes were shut down, and my PyPI account was registered with the old work address.',
    'In the future I want to move both packages under an organisation of our own.',
    'Please disable the 2FA so I can enrol my new phone; I tried to rename the account once, years ago.',
  ])('is still a recovery: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'scope.recovery')).toBe('pass');
  });
});

describe('the word "close" as an adjective', () => {
  it('is not an ask to close the account', () => {
    const said =
      'I am not sure of the username (it is this one or something close), and the account email is gone too.';
    expect(status(`${STORY} ${said}`, 'scope.recovery')).toBe('pass');
  });
});

describe('projects named bare, as people who do not write code name them', () => {
  it.each([
    'The account is the publisher of heron-tools (latest 2.1.0) and heron-cli.',
    'The account uploaded heron-tools (1.0.0 to 1.3.0) and heron-maps.',
  ])('counts as proof: %s', (said) => {
    const reason =
      'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I searched my drive for the codes. I still know my password. ' +
      said;
    expect(status(reason, 'reason.ownership_proof')).toBe('pass');
  });
});

describe('old passwords given to show the account is theirs', () => {
  it('finds a password given after an aside between commas', () => {
    const said = "My password, in case it helps you confirm it's me, is Harbour-Gull-1979 and the email is mine.";
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('fail');
  });

  it('finds a password given in the short sentence after the one about it', () => {
    const said = "My password still works. It's Pelican*Wharf42, in case that helps.";
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('fail');
  });

  it('finds a password told as what the writer signed in with', () => {
    const said = 'The password is fine: yesterday I signed in with Gannet&Cliff2023 and got as far as the code prompt.';
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('fail');
  });

  it('leaves a sentence alone once the one about the password has moved on', () => {
    const said =
      'I know my password and the address on file is my own, which I read every day. It is HeronTools2 I maintain.';
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('pass');
  });

  it('finds a one-time code given as the subject, however long the way to its value', () => {
    const said = 'The last code I wrote on a sticky note before the phone gave up was 418203, if that helps.';
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('fail');
  });

  it('leaves talk about the password alone after an aside', () => {
    const said = 'My password, as far as I can tell, is still correct.';
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('pass');
  });

  it('finds passwords listed after "the passwords I used"', () => {
    const said = 'I tried the passwords I used back then, `Heron#2019` and `heron2019`, and neither works.';
    expect(status(`${STORY} ${said}`, 'privacy.secrets')).toBe('fail');
  });
});

describe('a season only where it names one', () => {
  it('does not hear "fall back on" as the autumn', () => {
    const reason =
      'I have lost my authenticator app and have no recovery codes to fall back on. I searched my vault for them. I still know my password. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a company account is whose the account is, not how it was lost', () => {
  it('does not hear "our company account" as the story of the loss', () => {
    const reason =
      'The security key registered on our company account is missing, so none of us can sign in. We searched every desk and our vault for the recovery codes. The password is in our vault and the account email is a team address we administer. The account owns `heron-tools` (github.com/heron-dev).';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('what was lost, in plain words', () => {
  it.each([
    'After I restored the new phone from a backup, the authenticator app opened empty.',
    'My Google account was locked after a suspicious-login alert, and the synced authenticator codes went with it.',
    'Our only security key went through the ice on the lake with my backpack, which was never recovered.',
    'My phone slid into the river and was gone. That phone had 2FAS with my PyPI entry.',
    'Two boys on a scooter snatched my phone outside the market. My authenticator was on that phone.',
  ])('names the lost factor: %s', (said) => {
    const reason = `On 4 June ${said.charAt(0).toLowerCase()}${said.slice(1)} I searched my drive for the recovery codes. I still know my password. I maintain \`heron-tools\` (github.com/heron-dev/heron-tools).`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});

describe('what the writer wants done next', () => {
  it('is no attempt: "so I can set it up again" is the purpose of the request', () => {
    const reason = `${STORY} All I need is the second factor switched off, so that I can set it up again on the replacement phone.`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('is no account of how the factor was lost when asked as a question', () => {
    const reason =
      'The authenticator for my account is gone. I went through my backups for the recovery codes and found none. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools). Could the two-factor setting be reset so I can enrol a new key?';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a factor gone with nobody to blame', () => {
  const REST =
    'I looked through my notes for recovery codes and found none. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it.each([
    'My security key, the only second factor on the account, stayed behind in my desk at the old office in May.',
    'In May the facilities team emptied my old desk; the contents were thrown away, my security key with them, the only second factor on the account.',
    'Last Sunday my toddler knocked my phone off the balcony rail onto the street; the authenticator for PyPI was on it.',
  ])('names what was lost: %s', (said) => {
    expect(status(`${said} ${REST}`, 'reason.lost_factor')).toBe('pass');
  });
});

describe('an event asked for', () => {
  it('is no account of how the factor was lost: "I need a reset"', () => {
    const reason =
      'The address on my account is one I can no longer reach, so I need a reset that I cannot finish myself. I went through my backups and found nothing. I still know the password and own github.com/heron-dev/heron-tools, the home of `heron-tools`.';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });
});

describe('a time still to come', () => {
  const LOST =
    'I no longer have the YubiKey registered on my account, and no other method is set up. I searched my desk and my files for recovery codes and found none. I know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it('says why it is urgent, not how or when the key was lost', () => {
    expect(
      status(
        `${LOST} We are moving abroad at the end of the year and I would like this sorted out before then.`,
        'reason.circumstances',
      ),
    ).toBe('fail');
  });

  it('still tells when, beside something that happened', () => {
    expect(
      status(
        `${LOST} The key snapped off in my car door on 2 June, and a new one will arrive next week.`,
        'reason.circumstances',
      ),
    ).toBe('pass');
  });
});

describe("a traveller's check-in or check-out", () => {
  const REST =
    'That key was my only second factor. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

  it('tells how and when the key was lost', () => {
    const reason = `I checked out of a guesthouse in Porto last Monday and left my security key in the room safe. ${REST} I searched my notes for recovery codes and found none.`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });

  it('is not something tried to get back in', () => {
    const reason = `I checked out of a guesthouse in Porto last Monday and left my security key in the room safe. ${REST}`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });
});
