import { describe, expect, it } from 'vitest';
import { GOOD_REASON, statusOf } from './rules-helpers';

describe('reason.lost_factor', () => {
  it.each([
    'Lost 2FA authentication app or security token',
    'My YubiKey snapped in half.',
    'The university closed my student mailbox, so I cannot receive the reset mail.',
    'I forgot my password and the email was never verified.',
    'I no longer remember which username I picked.',
    'Mi teléfono se perdió y olvidé la contraseña.',
  ])('passes when the loss is named: %s', (reason) => {
    expect(statusOf('reason.lost_factor', reason)).toBe('pass');
  });

  it.each([
    'Please help, it is urgent.',
    'Could you rename my account to something shorter?',
    'Following up, still waiting.',
    '',
  ])('fails when nothing lost is named: %s', (reason) => {
    expect(statusOf('reason.lost_factor', reason)).toBe('fail');
  });
});

describe('reason.circumstances', () => {
  it.each([
    'phone stolen in March, codes were on it, I still know my password',
    'I did a factory reset of my Android and the authenticator was not restored.',
    'My security key stopped working after it went through the washing machine.',
    'When I changed jobs the old work email was closed.',
    'I have not logged in for many years.',
    'The authenticator app crashed and lost all its entries.',
    'I typed a typo in my email when I signed up.',
  ])('passes when it says how or when: %s', (reason) => {
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });

  it.each([
    'Lost 2FA authentication app or security token',
    'Lost access to email address',
    'I lost my security key.',
    'I get "invalid TOTP code" when I log in.',
    'Thank you so much for your help, I really appreciate all the work the team does, it means a lot to me and my users.',
  ])('fails when it only restates the loss: %s', (reason) => {
    expect(statusOf('reason.circumstances', reason)).toBe('fail');
  });
});

describe('reason.attempts', () => {
  it.each([
    'I searched my password manager for the recovery codes but they are not there.',
    'I tried the password reset, but the mail never arrives.',
    'The recovery codes I saved give "invalid recovery code" every time.',
    'My iCloud backup did not include the authenticator data.',
    'This follows my earlier issue #4312.',
  ])('passes when it says what was tried: %s', (reason) => {
    expect(statusOf('reason.attempts', reason)).toBe('pass');
  });

  it.each([
    'Lost my phone.',
    'When I try to log in it asks for a code I do not have.',
    'I typed the six digits but I receive an invalid code error.',
    'I did not keep the recovery codes when I set up 2FA in 2022.',
    'Please reset my password and the two-factor setting.',
  ])('warns when nothing was tried: %s', (reason) => {
    expect(statusOf('reason.attempts', reason)).toBe('warn');
  });
});

describe('reason.remaining_access', () => {
  it.each([
    'I still know my password.',
    'We have access to the company email account.',
    'I can log in with my password but then the 2FA page stops me.',
    'I still have an API token that can upload.',
    'I own and control the GitHub repository the project links to.',
  ])('passes when remaining access is stated: %s', (reason) => {
    expect(statusOf('reason.remaining_access', reason)).toBe('pass');
  });

  it.each([
    'I am locked out.',
    "I don't have access to my email anymore.",
    'I no longer have the password.',
    'My recovery codes are rejected.',
  ])('fails when it is not: %s', (reason) => {
    expect(statusOf('reason.remaining_access', reason)).toBe('fail');
  });
});

describe('reason.ownership_proof', () => {
  it.each([
    'My package `tidepool-utils` is built from https://github.com/heron-dev/tidepool-utils.',
    'I maintain the following projects: a, b.',
    'The account was created with an address at example.org, my employer.',
    'I am the sole owner of the project on PyPI.',
    'The account owns the packages heron-tides and heron-plot.',
    'Our bakery uses one small script, crumb-invoice, which I put on PyPI.',
    'I published the package lakelog for our field loggers.',
    'Both are mine; the GitHub is heron-dev/heron-tides.',
  ])('passes when proof is offered: %s', (reason) => {
    expect(statusOf('reason.ownership_proof', reason)).toBe('pass');
  });

  it.each([
    'Lost my phone.',
    'Thanks,\nHeron',
    'I just published my first project last week.',
    'I maintain a couple of open-source libraries for lab work.',
  ])('warns without proof: %s', (reason) => {
    expect(statusOf('reason.ownership_proof', reason)).toBe('warn');
  });
});

describe('a complete request', () => {
  it('passes every reason check', () => {
    for (const id of [
      'reason.lost_factor',
      'reason.circumstances',
      'reason.attempts',
      'reason.remaining_access',
      'reason.ownership_proof',
    ] as const) {
      expect(statusOf(id, GOOD_REASON)).toBe('pass');
    }
  });

  it('three paragraphs of thanks without saying what was lost fail', () => {
    const polite =
      'Dear team,\n\nI hope you are well. Thank you for everything you do.\n\nI would be grateful for your kind help.\n\nBest regards';
    expect(statusOf('reason.lost_factor', polite)).toBe('fail');
    expect(statusOf('reason.circumstances', polite)).toBe('fail');
  });
});

describe('cues in other languages stay whole words', () => {
  it('does not read the English word "personal" as the Italian "perso" (lost)', () => {
    expect(statusOf('reason.lost_factor', 'We use a personal account for releases now.')).toBe('fail');
  });

  it('reads a lost phone in Indonesian and Italian', () => {
    expect(statusOf('reason.lost_factor', 'HP saya hilang dan aplikasi authenticator ada di sana.')).toBe('pass');
    expect(statusOf('reason.circumstances', 'Ho cambiato telefono a novembre e il vecchio è stato resettato.')).toBe(
      'pass',
    );
  });

  it('counts a working authenticator as access only when it is "still" there', () => {
    expect(statusOf('reason.remaining_access', 'I still have the authenticator app, but the codes are refused.')).toBe(
      'pass',
    );
    expect(statusOf('reason.remaining_access', 'I do have a new YubiKey.')).toBe('fail');
  });
});

describe('reason.circumstances and relative time', () => {
  it.each([
    'The authenticator stopped showing my PyPI entry three weeks ago.',
    'It broke last Tuesday.',
    'My mailbox was closed earlier this year.',
  ])('passes a relative date: %s', (reason) => {
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });
});

describe('reason.lost_factor names the thing, unless the ask is something else', () => {
  it.each(['otp codes stopped matching', 'my mobile got bricked during an update', 'the 2FA app logged me out'])(
    'passes when the 2FA thing is named: %s',
    (reason) => {
      expect(statusOf('reason.lost_factor', reason)).toBe('pass');
    },
  );

  it('fails "it will not let me in" when nothing lost is named, however the story is told', () => {
    for (const reason of [
      'Since my holiday in Crete last month PyPI will not let me sign in. I tried two browsers and the password reset.',
      'After moving to a new laptop on 3 March I cannot get into my account any more; the password reset changed nothing.',
      'I went through the "Forgot password?" page twice and still cannot log in to my account.',
      'I switched to a new phone at Easter and since then PyPI will not let me past the login page.',
      'Our IT team wiped my work laptop. I still know my password and cannot sign in since.',
      // A reset that worked is something tried, not a lost factor; nor is a stolen bag, nor the ticked box.
      'Since the move I cannot log in. Tried: reset password, got the mail, changed password. Same result.',
      'My rucksack was stolen at the airport on 2 May and since then the login does not go through.',
      'I have no recovery codes. I changed phones in June and since then I cannot get in.',
      'Back from a year abroad, I cannot sign in.\nTried: "forgot password": the mail came and I set a new one.',
    ]) {
      expect(statusOf('reason.lost_factor', reason), reason).toBe('fail');
    }
  });

  it('passes when a second factor, the email or the password is named as lost, in any words', () => {
    for (const reason of [
      'I mislaid the hardware key that guarded my account somewhere on a train.',
      'The reset mail never arrives at the address on the account.',
      'My f2a access is gone since the phone was replaced.',
      'The old phone was reset before I moved the authenticator entries across.',
      "I left my SoloKey at my parents' flat in Lyon.",
      'I mistakenly registered with an address I do not own.',
      // The factor in one sentence, its loss in the next.
      'I lost my jacket on the ferry to Split in May. Its pocket held the Nitrokey, my only 2FA device.',
    ]) {
      expect(statusOf('reason.lost_factor', reason), reason).toBe('pass');
    }
  });

  it('fails a rename request that only mentions the username', () => {
    expect(statusOf('reason.lost_factor', 'Please change my username to something shorter.')).toBe('fail');
  });

  it('does not read "I have lost the password" as remaining access', () => {
    expect(statusOf('reason.remaining_access', 'I have lost password and email both.')).toBe('fail');
    expect(statusOf('reason.remaining_access', 'I have the 2FA and password, only the email is gone.')).toBe('pass');
  });
});

describe('an email address as proof', () => {
  it('counts the account’s own address', () => {
    expect(statusOf('reason.ownership_proof', 'The account was registered with heron@fjordlabs.example.')).toBe('pass');
  });

  it('does not count an address given only to reach the writer', () => {
    expect(statusOf('reason.ownership_proof', 'Lost my phone. Please contact me at heron.new@mailbox.example.')).toBe(
      'warn',
    );
    expect(
      statusOf('reason.ownership_proof', 'Lost my phone. My email is heron@mailbox.example if you need to contact me.'),
    ).toBe('warn');
  });
});

describe('reason.circumstances: something happened to the device or mailbox', () => {
  it.each([
    'My handset got bricked by a bad update.',
    'The mailbox was deactivated by the university.',
    'Our IT department wiped my laptop.',
  ])('passes: %s', (reason) => {
    expect(statusOf('reason.circumstances', reason)).toBe('pass');
  });

  it('does not count how the account was set up', () => {
    expect(statusOf('reason.circumstances', 'My phone was registered as the second factor.')).toBe('fail');
  });
});

describe("language.english under the form's own English", () => {
  const status = (reason: string) => statusOf('language.english', reason);
  it('warns when the writer wrote mainly in another language below the template line', () => {
    expect(
      status(
        'Lost 2FA authentication app or security token\n\nO meu telemóvel foi roubado em maio e ainda tenho a senha e o e-mail.',
      ),
    ).toBe('warn');
    expect(
      status('Lost access to email address\n\nMein Postfach bei der Uni wurde gelöscht, das Passwort habe ich noch.'),
    ).toBe('warn');
  });
  it('does not warn on English with a thank-you in another language', () => {
    expect(
      status('My laptop was stolen in Porto in May; I still have my password and email. Obrigado pela ajuda!'),
    ).toBe('pass');
  });
});
