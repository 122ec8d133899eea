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
    'My phone with the authenticator slipped from my hand into the lagoon on a boat trip in May.',
    'Hiking in May, my phone went off a ledge into a creek; it was the only device with the authenticator.',
    'My phone fell over a balcony at a friend’s flat in June; it held my only TOTP app.',
    'I could not remember my PyPI username after years away, and the laptop that kept it was recycled.',
    'My phone got lifted out of my coat at a street market in June; the authenticator was on it.',
    'My tablet, where I kept the app for my PyPI codes, was taken from a hotel room in April.',
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

describe('more of what a request says, in plain words', () => {
  it('hears the repositories held when the writer offers to add a file to them', () => {
    const reason =
      'The address on my account was an alumni forward that was switched off in June, and the reset mail never comes (tried three times). 2FA was never enabled. My packages `gull-io` and `gull-cli` come from github.com/gull-dev, and I can add a file to any of them for you.';
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it('does not hear an attempt in an app described by how it was installed', () => {
    const reason =
      'On my last day at the firm in July I unenrolled my phone from its device management, which removed every app installed through the work profile, the authenticator with it. I did not keep the recovery codes. Password known; the account email is mine. Owner of github.com/gull-dev/gull-io.';
    const report = buildReport(requestOf(reason));
    expect(report.checks.find((c) => c.id === 'reason.lost_factor')!.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'reason.attempts')!.status).toBe('warn');
  });

  it('hears access in an authenticator app still held', () => {
    const reason =
      'I left the company in June and with it the mailbox on my account; I have since forgotten the password, and the reset mail goes nowhere. I still have the TOTP app with the PyPI entry. I maintain `gull-io` (github.com/gull-dev/gull-io).';
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it('hears access in an authenticator that still has the entry', () => {
    const reason =
      'The mailbox on my account was at a web host that closed it last winter, and I have forgotten the password. The authenticator on my phone still has PyPI and gives codes, so 2FA is not the issue. I maintain `gull-io` (github.com/gull-dev/gull-io).';
    expect(status(reason, 'reason.remaining_access')).toBe('pass');
  });

  it('does not hear an attempt in an address "on my own domain"', () => {
    const reason =
      'My security key was stolen with my backpack in Porto on 6 November. I never generated recovery codes. My password is in my head, and the email on the account is on my own domain. Projects: `gull-io`, github.com/gull-dev.';
    expect(status(reason, 'reason.attempts')).toBe('warn');
  });

  it('does not take the "forgotten password" route for a lost password', () => {
    const reason =
      'Since I came back from a conference in June, PyPI will not let me finish signing in. I went through the forgotten-password route (the mail came, I set a new password) and tried two networks. I know my password and read the account mail; `gull-io` is mine.';
    expect(status(reason, 'reason.lost_factor')).toBe('fail');
  });

  it.each([
    'I walked back and retraced the route twice, without finding it.',
    "The bus company's lost property had nothing.",
    "I've had a go from my laptop and from a friend's computer.",
    'I raised a ticket with our IT helpdesk, who could not help.',
  ])('hears an attempt: %s', (said) => {
    const reason = `My phone with the authenticator fell out of my pocket on a walk in May. ${said} I still know my password and read the account mail. I maintain \`gull-io\` (github.com/gull-dev/gull-io).`;
    expect(status(reason, 'reason.attempts')).toBe('pass');
  });
});
