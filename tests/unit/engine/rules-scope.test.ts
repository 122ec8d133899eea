import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

describe('scope.recovery', () => {
  it.each([
    'I lost my phone and need to get back into my account.',
    'I lost my email. I would also like to change my username if possible.',
    'Please either restore my access or, if that is not possible, delete the account.',
    'I need to recover these projects so that I can transfer them to my colleagues.',
    'I deleted the authenticator app by accident.',
    'The username attached to my account is `wren`, and the projects are linked from my GitHub.',
    'My phone broke, so I moved the authenticator to a new one, but PyPI was not in the backup.',
    'I changed my username last spring, and since my phone died I cannot log in under either name.',
    'Once I am back in I will move `plover` to our organisation myself, with my colleagues.',
    'Someone uploaded a bad build from my account. Please yank 2.0.1 and help me get back in so I can rotate my keys.',
    'My phone went into the harbour in May. Please remove the two-factor requirement from my account.',
    'The key was lost on a trip; please remove the lost key from my account so I can enrol a new one.',
    'I switched off the cloud keychain before selling the laptop, not knowing it removes the passkeys from the account.',
    'Tuta closes free accounts after six months without a login, and that is how I lost the address.',
    "My old school's mail system deletes accounts a year after you leave, which is where my address went.",
  ])('passes a recovery request: %s', (reason) => {
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });

  it.each([
    'Please delete my account.',
    'I want the account to be deleted.',
    'I would like to change my username to something else.',
    'Please transfer the project `otter` to my new account.',
    'I need my upload limit raised to 200 MB.',
    'close it please',
    'Instead of unlocking the old login, please move `heron-io` and `heron-cli` over to my second one.',
    'The thing we need is for `tidepool` to be moved into our university organisation.',
    'My phone died in June. What I need is for `gannet-csv` to be removed from PyPI; the account can stay locked.',
    'Rather than recovering this account, please merge it into `petrel-dev` and close this one.',
    'I have stopped maintaining it. Please release the project name `skua` so another group can use it.',
    'My phone was stolen. I do not need my account restored; please delete `tern-kit` instead.',
    'I got back in with a spare key. The real reason I am writing: my request for the organisation "ternery" is still pending.',
    'I leave next week and do not need my account back. What I ask is that you make `ana-tern` an owner of our organisation.',
    'I am moving abroad. Please give the ownership of `tern-ocr` to the user `tern-two`; I do not need my account back.',
    'My real request: our organisation `tern-lab` is still pending approval; please approve it and add `tern-io` to the organisation.',
    'What I would really like is the short name `kestrel` given to my newer account instead.',
    'Our wheels are 300 MB now, so could you increase the per-file limit for `gpu-ops`?',
    'I only need you to add my colleague as owner of `quill-docs`.',
    'I have moved on from Python, so please delete it completely along with my projects.',
    'My mailbox is sorted out now. So what I am really asking for: I would like my username changed from `kit-o` to `kit-osei`.',
    'I no longer maintain it. Rather than restoring my access, please transfer ownership of `gull-io` to my former colleague, `tern`.',
    'Since I am here anyway, what I really need is for my username to be changed to `kestrel-k`.',
    'The main thing I am after: I would like the account renamed from heron1990 to heron-dev.',
    'What I need is for `wader-io` and `wader-cli` to be moved over to that new account as owner.',
    'I do not need the old login back: the four projects on it, `ibis`, `ibis-ml`, `ibis-cli` and `ibis-web`, should be transferred to my new account.',
    'To be honest I have left software. I would like my account and everything stored about me to be erased under the GDPR.',
    'I want the account and the two old packages on it to be removed for good.',
    'What we would like instead: please create a PyPI organisation for the lab and move both projects there.',
    'Could you remove the broken 4.0.0 and 4.0.1 releases? That is what I need most; my login can wait.',
    'I am leaving open source. Please do not restore it; instead hand `wren-utils` to my co-maintainer `kite`.',
    'What we need first is simple: add these three packages to our organisation `heron` on PyPI.',
    'My phone is fine, but the name `owl-io` is held by an empty project from 2018 and I would like it for my package.',
  ])('fails a request for something else: %s', (reason) => {
    expect(statusOf('scope.recovery', reason)).toBe('fail');
  });
});

describe('recovery_codes.consistent', () => {
  it('passes when codes were never made', () => {
    expect(statusOf('recovery_codes.consistent', 'I never generated recovery codes.')).toBe('pass');
  });

  it.each([
    'I still have my recovery codes but want a reset.',
    'I have recovery codes, but the form made me tick the box.',
    'What I did:\n- set the app up again, empty, no sync\n- the recovery codes I have in my vault, but each works only once',
    'What I still have:\n- my password\n- the recovery codes, printed in a drawer',
    'I ticked the recovery codes box because it was required; they are in my password manager.',
    'Oddly, I found the PyPI recovery codes in an old mail to myself, but I would rather you reset 2FA.',
    "Here is what I've still got, so you can check it is me:\n- my password\n- the recovery codes, in my vault",
    'When I set up 2FA I printed the recovery codes, and that page is still pinned above my desk.',
    'I wrote the backup codes into a notebook. I would rather not use them, so please reset it instead.',
    'The recovery codes went into a text file in 2024, and the file is still on my laptop with none of them used.',
    'The form would not let me submit without ticking it, though my recovery codes are fine.',
  ])('fails when working codes are at hand: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it.each([
    'I have done:\n- a search of my laptop for the recovery codes, none found\n- a password reset',
    'What I lost:\n- the phone\n- the recovery codes, which were on it',
    'I have a backup key but never registered it with PyPI. I have no recovery codes.',
    'I know I should have saved the recovery codes when I set it up.',
    'I think I kept the recovery codes in a note on that phone, so they went with it.',
    'So now I have neither the app nor the recovery codes.',
    'Since the update the login page would not let me in, and I never made recovery codes.',
    'I printed the recovery codes, but that page is gone with the old flat.',
    'I went through my drawers, my laptop, and the folder where I keep paperwork for the recovery codes.',
    'I could prove it on GitHub, since I got back in there with its recovery codes; for PyPI I never saved any.',
  ])('passes when a list only mentions codes: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it.each([
    'My recovery codes are rejected as invalid.',
    'Someone else enabled 2FA on my account.',
    'My backup codes were changed without my knowledge.',
  ])('warns of a possible takeover: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('warn');
  });
});

describe('language.english', () => {
  it('passes English', () => {
    expect(statusOf('language.english', 'I lost my phone and cannot log in.')).toBe('pass');
  });

  it.each([
    '我丢失了手机，无法登录我的账户。',
    'He perdido mi teléfono y no puedo entrar en mi cuenta, por favor ayuda con el código.',
    'Я потерял телефон и не могу войти.',
  ])('warns when the reason is mainly another language: %s', (reason) => {
    expect(statusOf('language.english', reason)).toBe('warn');
  });

  it('passes an English reason with a name in another script', () => {
    expect(statusOf('language.english', 'I lost my phone; my name is 李雷 and I still know my password.')).toBe('pass');
  });
});

describe('scope.duplicate', () => {
  it.each([
    'Following up on my request from last month, still no answer.',
    'This is about the same account as #4521.',
    'My previous ticket was closed before anyone replied.',
  ])('warns when the text points to an earlier request: %s', (reason) => {
    expect(statusOf('scope.duplicate', reason)).toBe('warn');
  });

  it.each([
    'My phone broke in June and I lost the authenticator.',
    'I tried the password reset twice.',
    'Version 2.1 of my package is out.',
  ])('passes a first request: %s', (reason) => {
    expect(statusOf('scope.duplicate', reason)).toBe('pass');
  });
});

describe('what the request is mainly for', () => {
  it('fails a rename or a move said to be the main ask, even after a recovery story', () => {
    expect(
      statusOf(
        'scope.recovery',
        'My phone broke in May. That said, my main request is that you rename the account to `nadia-k`.',
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        'I lost my 2FA. Our request is that you move `tiny-orm` and `tiny-orm-cli` into our new organisation.',
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        'The key snapped in May. Instead of only resetting the 2FA, please rename `old_name` to `newname`.',
      ),
    ).toBe('fail');
    // The username named in one sentence, the new name asked for with "it" in the next.
    const rename =
      'My username still carries my maiden name. Please change it to `ada-brook`. I also lost my phone in June.';
    expect(statusOf('scope.recovery', `${rename} Getting the name right is what matters to me.`)).toBe('fail');
  });

  it('reads a quota as an ask only when one is asked for, not when a project is about quotas', () => {
    const story =
      'A thief took my phone with the authenticator in April. I know the password and read the account mail.';
    expect(
      statusOf('scope.recovery', `${story} I maintain \`quotawatch\`, a tool that reports cluster resource quotas.`),
    ).toBe('pass');
    expect(
      statusOf('scope.recovery', 'My only request: please raise the storage quota for `quotawatch` to 20 GB.'),
    ).toBe('fail');
  });

  it('fails a new name the writer wants for the account, told with "it"', () => {
    const story = 'A thief took my phone with the authenticator in April. I know the password and own `shoal-db`.';
    expect(
      statusOf('scope.recovery', `${story} My username is my old nickname and I want to change it to \`shoal-dev\`.`),
    ).toBe('fail');
    // Once the account is back, as a later wish, the recovery is still the ask.
    expect(
      statusOf('scope.recovery', `${story} My username is \`shoal\`; I want to change it to \`shoal-dev\` later on.`),
    ).toBe('pass');
  });

  it('fails a request to make another account the owner, but not a request to be made owner again', () => {
    expect(
      statusOf(
        'scope.recovery',
        'My key broke last week. All we need is for my teammate `li-wen` to be made owner of the `acme` organisation.',
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        'My phone died in May. Could you make me the owner of `acme-tools` again once I am back?',
      ),
    ).toBe('pass');
  });

  it('reads a deleted account in the story as something that happened, and an asked-for deletion as the ask', () => {
    expect(
      statusOf(
        'scope.recovery',
        'I had moved to a new authenticator and my old Authy account deleted, so the codes are gone.',
      ),
    ).toBe('pass');
    expect(statusOf('scope.recovery', 'I would like this account and every one of my projects removed, please.')).toBe(
      'fail',
    );
  });

  it('finds the main ask named after it ("that is the main thing") or before it ("the real reason I write")', () => {
    expect(
      statusOf(
        'scope.recovery',
        'My phone broke in May. While you are at it, could you also rename the account to `tessa-w`? That is really the main thing for me.',
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        "My phone broke in May. The real reason I'm writing, though, is that I'd like the account changed to `tessa-w`.",
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        'Rather than restoring the account, I would like it removed along with its one package.',
      ),
    ).toBe('fail');
  });

  it('finds the main ask after "the thing I need:", and reads a recovery there as recovery', () => {
    const story = 'My key fell out of my pocket at a station in March. I have my password and mailbox.';
    expect(
      statusOf('scope.recovery', `${story} The thing I need: please delete the releases 2.0 to 2.2 of \`kiln-log\`.`),
    ).toBe('fail');
    expect(statusOf('scope.recovery', `${story} The thing I need is a reset of the second factor.`)).toBe('pass');
  });

  it('finds the ask before "so I can", and keeps what comes after "and then" second', () => {
    expect(statusOf('scope.recovery', 'Please delete or reset it so I can sign up again with the same address.')).toBe(
      'fail',
    );
    expect(
      statusOf(
        'scope.recovery',
        'My phone was stolen in June. Please restore my access: I will publish the security fix and then delete the old project.',
      ),
    ).toBe('pass');
  });

  it('keeps recovery as the main ask when another wish comes second', () => {
    expect(
      statusOf(
        'scope.recovery',
        'I lost my phone in May. Once I am back in, I would also like to move `tiny-orm` into our organisation.',
      ),
    ).toBe('pass');
    expect(
      statusOf('scope.recovery', 'What I really want is to get back into my own account after my phone broke.'),
    ).toBe('pass');
  });
});

describe('recovery codes at hand', () => {
  it('reads codes that are still kept somewhere as codes at hand', () => {
    for (const reason of [
      'I still have the recovery codes in a notebook, but I would rather not use them.',
      'My recovery codes are in my password manager; please just reset the 2FA.',
      'The eight recovery codes sit in a PDF on my drive, I only want a clean start.',
    ]) {
      expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
    }
  });

  it('reads codes still being used to log in as codes at hand', () => {
    for (const reason of [
      'Since the phone went missing I have been logging in with my recovery codes, and only two are left.',
      "I'm down to my last three backup codes and would like 2FA reset before they run out.",
    ]) {
      expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
    }
  });

  it('warns when someone else set up the 2FA, or turned it on without the writer', () => {
    for (const reason of [
      'Two-factor on the shared account was set up by our former release engineer, who has since left.',
      'My nephew kindly set up the authenticator for me on his old tablet in 2022.',
      'This morning a mail said 2FA had been enabled on my account. I did not do that.',
    ]) {
      expect(statusOf('recovery_codes.consistent', reason)).toBe('warn');
    }
    expect(statusOf('recovery_codes.consistent', 'I set up the 2FA myself in 2021 on my old phone.')).toBe('pass');
    // Whoever looked after the account never turned 2FA on: there are no codes anyone could hold.
    const never = 'Our technician created the account in 2018. He never turned on 2FA, so there are no recovery codes.';
    expect(statusOf('recovery_codes.consistent', never)).toBe('pass');
  });

  it('warns when codes found again are rejected, even said at some length', () => {
    expect(
      statusOf(
        'recovery_codes.consistent',
        'I found the recovery codes in an old folder on my desk, but PyPI says every one of them is not valid.',
      ),
    ).toBe('warn');
  });

  it('does not read codes that were kept, were searched for or are gone as codes at hand', () => {
    for (const reason of [
      'My recovery codes were in LastPass, which I no longer have.',
      'I looked for the recovery codes in my password manager but they are not there.',
      'I thought the recovery codes were in a drawer, but I cannot find them.',
      'I never saved any recovery codes.',
      'I still have the printed list of recovery codes, but every one of them has been used.',
      'I have recovery codes for GitHub and Google, but never made any for PyPI.',
      'The recovery codes are in an encrypted archive, and I have forgotten its passphrase.',
    ]) {
      expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
    }
  });
});
