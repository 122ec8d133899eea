import { describe, expect, it } from 'vitest';
import { scopeRecovery } from '../../../lib/engine/rules/scope-recovery';
import { analyse } from '../../../lib/engine/text/analysis';
import { requestOf } from '../builders';
import { statusOf } from './rules-helpers';

const LOSS = 'My security key fell out of my bag on the tram in May; I still know the password and have the mailbox.';

/** Organisations and project renames have their own processes at PyPI, however the writer words the ask. */
describe('scope.recovery for organisations and projects', () => {
  it.each([
    'Instead of unlocking it, we would like you to set up an organisation for our studio and move both packages there.',
    'Our organisation application went in months ago and is still pending; that is the main thing I need help with.',
    'Rather than getting the old login back, what we want is for a PyPI organisation to be created for the lab.',
    'We asked in March for the organisation `tern-labs`, and what we actually need is for you to approve it.',
    'What I need now is to rename my project `gull-tools` to `gull`; the repository already has the new name.',
    'What we actually want is to set up a proper PyPI organisation for our club and move the packages into it.',
    "The real reason I'm writing: the name `tern` has held an empty upload for years. Could you transfer the `tern` name to us?",
    'Honestly what I need most is the username changed to `gull-lab`, so that it matches my other profiles.',
    'Since then I have used a second account for everything. Could you please merge the old account into `gull-two`?',
    "I don't need the account back. What I'm asking is that you transfer `gull-tools` to him directly, so he can keep releasing.",
    'What I really need now is different: the name `gull` is held by someone who uploaded one empty version. Please transfer that name to my account.',
    "What I would really like is for you to make my former employer's account `tide-co` the owner of `tidal-io`.",
    'What I need is for `gull-tools` to be handed to my colleague Ines, who runs it now.',
    'Honestly, I just want the whole account gone; I have no use for it any more.',
    'Please make `gull-tools` part of our organisation `tern-labs`.',
    'We need the project name `gull` released so that our club can register it.',
    "What I'm after is getting the name `gull`, which nobody has used in years.",
  ])('fails: %s', (ask) => {
    expect(statusOf('scope.recovery', `${LOSS} ${ask}`)).toBe('fail');
  });

  it('passes a project told as handed to the writer, and a plan of their own to hand it on', () => {
    for (const told of [
      '`gull-tools` was handed to me by its first author in 2021.',
      'Once I am back in, `gull-tools` will be handed to my colleague; I will do that myself.',
    ])
      expect(statusOf('scope.recovery', `${LOSS} ${told}`)).toBe('pass');
  });

  it('fails a request whose main ask is to delete a project named only in backticks', () => {
    const reason = `${LOSS} I do not need the account back, to be honest: please delete \`gull-tools\` instead.`;
    expect(statusOf('scope.recovery', reason)).toBe('fail');
    // Taking the lost key off the account is the recovery itself.
    expect(
      statusOf('scope.recovery', `${LOSS} Please remove \`gull-key\` from my account so I can add a new one.`),
    ).toBe('pass');
  });

  it('passes a recovery that tells of deleting an account elsewhere', () => {
    const reason = `${LOSS} I had to delete my password manager's account (Bitwarden) after forgetting its master password, and the TOTP seed went with it.`;
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });

  it('names a project rename as a project matter, not a username change', () => {
    const reason = `${LOSS} What I need now is to rename my project \`gull-tools\` to \`gull\`.`;
    const check = scopeRecovery.run(requestOf(reason), analyse(reason));
    expect(check.said).toEqual({ key: 'why_scope_fail', args: [{ key: 'ask_other_process' }] });
    expect(check.message).toContain('a project name');
  });

  it.each([
    'Later this year we want to set up a PyPI organisation for the company, but first I need to log in again.',
    "Eventually we'll move these into a PyPI organisation, but that's a separate thing for later.",
    'At some point next year I may hand the project over to a colleague; right now all I need is my own account back.',
    'Once I am back in I plan to move the projects into an organisation myself.',
  ])("passes a plan of the writer's own, mentioned in passing: %s", (tail) => {
    expect(statusOf('scope.recovery', `${LOSS} I maintain \`gull-tools\`. ${tail}`)).toBe('pass');
  });

  it.each([
    'What I need is for `gull-old` to be removed from our `gull-lab` organisation and `gull-new` made an owner of it instead.',
    'Since I already use a new account, what I am asking for is to release the name `gull` so that I can register it from the new account.',
  ])("fails when the main ask is an organisation's members or a name for a new account: %s", (ask) => {
    expect(statusOf('scope.recovery', `${LOSS} ${ask}`)).toBe('fail');
  });

  it.each([
    'Please reset the 2FA. Once I am back in, our team will apply for an organisation ourselves.',
    'Please help me back in; I maintain `gull-tools`, which I renamed from `gull-old` last year.',
  ])('passes a recovery that only mentions them: %s', (tail) => {
    expect(statusOf('scope.recovery', `${LOSS} ${tail}`)).toBe('pass');
  });
});
