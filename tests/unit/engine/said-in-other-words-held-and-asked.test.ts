import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { requestOf } from '../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** A story with every fact but the one each case adds or changes. */
const STORY =
  'My phone was stolen on a night bus in Leeds on 3 May, with the authenticator on it. I still know my password and read the account email. I maintain `heron-tools` (github.com/heron-dev/heron-tools).';

describe('recovery codes at hand, said in passing', () => {
  it.each([
    'PyPI gave me recovery codes when I set it up, and they are saved in my notes app, but I would rather you reset it.',
    'I already signed in with one of the recovery codes from my printout, and it worked, yet I want the 2FA reset.',
  ])('contradicts the ticked box: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'She did pass me the recovery codes file when she left, and it is for this account.',
    'Our office manager still holds the sealed envelope with the recovery codes from when 2FA was enabled, in the safe.',
  ])('hears codes handed over or kept by the team: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it.each([
    'No recovery codes are in our shared drive (we looked everywhere).',
    'When I set it up, PyPI gave me eight recovery codes, which I never saved anywhere.',
  ])('does not read codes denied or only shown once as codes at hand: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
  });

  it('hears codes found again in a search, named as what was found', () => {
    const said =
      'Since writing this I went through my desk and found the recovery codes I printed back then; none is crossed out.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('fail');
  });

  it('does not read codes saved where a search later failed as codes at hand', () => {
    const said =
      'I saved the recovery codes on a memory stick back then and have searched the flat for it, without success.';
    expect(status(`${STORY} ${said}`, 'recovery_codes.consistent')).toBe('pass');
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
    'Instead of restoring this shared login, could you make our personal accounts `ana-h` and `bo-k` owners of `heron-tools`?',
  ])('is not a recovery: %s', (said) => {
    expect(status(`${STORY} ${said}`, 'scope.recovery')).toBe('fail');
  });

  it.each([
    'I maintain `heron-tools`, which lives under the GitHub organisation heron-lab.',
    'Our old mailboxes were shut down, and my PyPI account was registered with the old work address.',
    'In the future I want to move both packages under an organisation of our own.',
    'Please disable the 2FA so I can enrol my new phone; I tried to rename the account once, years ago.',
    'We write for a small studio (we renamed to "Heron Works" last year), and this account publishes `heron-tools`.',
    'What I have: owner rights on github.com/heron-dev, where Ana transferred the organisation ownership to me when she stepped down.',
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
