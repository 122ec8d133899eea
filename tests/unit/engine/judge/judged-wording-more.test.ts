import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../lib/engine/report';
import { requestOf } from '../../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** Facts told indirectly, as careful writers tell them: each in words of this file's own. */
describe('the judge hears what a request implies', () => {
  it.each([
    'The reset mail reaches me within a minute and I chose a new password, yet the login still stops at the 2FA page.',
    'Both packages live in github.com/tern-lab/tern-io, and I am the owner of that repository.',
    'My authenticator entry still works fine; it is the mailbox on the account that is gone.',
    'I wrote `tern-io` and I am also the owner of the repository it is built from, github.com/tern-lab/tern-io.',
    'To be plain about it: I have no access to the account at all any more.',
  ])('hears access that remains: %s', (said) => {
    const reason = `My phone was stolen on a ferry in April. I searched my drive for recovery codes. ${said} I maintain \`tern-io\`.`;
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it.each([
    'The address on the account was on my own domain, which lapsed in March; mail to it now goes nowhere I can read.',
    'The domain behind my account email expired in March and a reseller bought it, so I am locked out.',
    'I checked whether a browser of mine was still signed in; none was still logged in.',
  ])('does not hear access in what is no way in: %s', (said) => {
    const reason = `${said} I asked the registrar to give it back; they could not. I maintain \`tern-io\`.`;
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });

  it.each([
    'The phone company support confirmed the number cannot be moved back to me.',
    'The repair shop could not get anything off the board.',
    'I reached for my spare key, only to find I had never registered it.',
    'My iCloud keychain does not have the entry either, and I could not find the codes in my Google Drive.',
    'I had kept the setup key, so I typed it into a fresh authenticator app, but the codes it shows are refused.',
  ])('hears an attempt told as its outcome: %s', (said) => {
    const reason = `My phone was stolen in Porto in May with the authenticator on it. ${said} I still know my password. I maintain \`tern-io\` (github.com/tern-lab/tern-io).`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });

  it('does not hear an attempt in a greeting to support or in the ask itself', () => {
    const reason =
      'Hello PyPI support,\n\nMy laptop was stolen in Lyon in January, with the only passkey on it (kept in the browser, not synced anywhere). I still know my password and read the account email. Kindly reset the 2FA so I can set it up again. I maintain `tern-io` (github.com/tern-lab/tern-io).';
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it.each([
    'No other device of mine had the entry, and I never enrolled a key.',
    'The passkey lived in my iCloud keychain, which I left when I made a new Apple ID; I had not synced it elsewhere.',
    'I read the address on the account daily (it is on my own consulting domain).',
    'I know the password, so I get as far as the page where the code is requested.',
    'After the flood the phone never turned on again, and its data could not be retrieved.',
  ])('does not hear an attempt in a fact about the devices or a passive: %s', (said) => {
    const reason = `My phone was stolen in Porto in May with the authenticator on it. ${said} I still read the account email. I maintain \`tern-io\` (github.com/tern-lab/tern-io).`;
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('does not take the ask, "a reset of the two-factor", for how the loss happened', () => {
    const reason =
      'Request: a reset of the two-factor authentication on my PyPI account.\nLost: my security key, the only second factor.\nTried: searched my mail and vault for the recovery codes.\nStill have: the password and the account email. I maintain `tern-io` (github.com/tern-lab/tern-io).';
    expect(status(reason, 'reason.circumstances')).toBe('fail');
  });

  it('does not take "the address the account is registered with" for proof of ownership', () => {
    const reason =
      'My phone was stolen in Porto in May with the authenticator on it. I searched my drive for the codes. I still know the password and read the email address the account is registered with.';
    expect(status(reason, 'reason.ownership_proof')).toBe('warn');
  });

  it.each([
    'On Sunday my phone stopped charging, and since then it will not switch on at all; the authenticator was on it.',
    'Last weekend the phone slid off a pier, and the authenticator on it is gone.',
  ])('hears when the loss happened: %s', (said) => {
    const reason = `${said} I tried the password reset. I still know my password. I maintain \`tern-io\` (github.com/tern-lab/tern-io).`;
    expect(status(reason, 'reason.circumstances')).toBe('pass');
  });

  it.each([
    'My phone was nicked at a rugby match, and the authenticator app went with it.',
    'My security key was in the pocket of a coat I donated to a charity shop in December.',
    // A key that went astray, with nobody to blame.
    'My only security key vanished during the move in March; I think it went out with a box of old cables.',
    'The YubiKey that was my second factor stayed in the work laptop, which went back to the client in April.',
  ])('hears what was lost in everyday words: %s', (said) => {
    const reason = `${said} I looked for the recovery codes in my files. I still know my password. I maintain \`tern-io\`.`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });
});
