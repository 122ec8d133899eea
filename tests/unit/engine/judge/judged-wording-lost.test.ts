import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../lib/engine/report';
import { requestOf } from '../../builders';

const status = (reason: string, id: string) => buildReport(requestOf(reason)).checks.find((c) => c.id === id)!.status;

/** What was lost, said in the plain words of a mishap or by what the lost thing did: each in this file's own words. */
describe('the lost factor in everyday words', () => {
  it.each([
    'Our boat tipped and my phone, with the authenticator on it, went into the lake.',
    'My phone was smashed on the pavement in August and the TOTP app on it is beyond repair.',
    'The security key melted on the dashboard of the car in July.',
    'The little USB key I used for the second step of signing in is no longer with me.',
    'The app that generated my PyPI codes is no longer available to me since March.',
  ])('names what was lost: %s', (said) => {
    const reason = `${said} I looked for the recovery codes in my files. I still know my password. I maintain \`gull-io\`.`;
    expect(status(reason, 'reason.lost_factor')).toBe('pass');
  });

  it('still names the lost 2FA when the request asks for something else', () => {
    const reason =
      'My phone with the authenticator was stolen in May. I still know my password. Honestly I do not need the account back: please delete `gull-io` instead.';
    const report = buildReport(requestOf(reason));
    expect(report.checks.find((c) => c.id === 'reason.lost_factor')!.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'scope.recovery')!.status).toBe('fail');
  });

  it('does not hear a loss in a request that only asks for something else', () => {
    const reason = 'Please approve the organisation for our lab; I can log in fine, and this is not about two-factor.';
    expect(status(reason, 'reason.lost_factor')).toBe('fail');
  });
});

describe('access hoped for is not access held', () => {
  it('does not hear access in a question about how to prove ownership', () => {
    const reason =
      'The address on my account was on a domain that lapsed in June, and I have forgotten the password too. I tried the reset and asked the registrar. I maintain `gull-io` on PyPI. Please tell me how I can prove ownership and get the account back.';
    expect(status(reason, 'reason.remaining_access')).toBe('fail');
  });
});
