import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

/**
 * A writer who puts the recovery off ("the account can wait", "I'll sort the 2FA out later") has told what the
 * request is really for: whatever else it asks, even a clean-up that would otherwise ride along, is its main ask.
 */
describe('scope.recovery when the recovery is put off', () => {
  it.each([
    'The account itself can wait; what I need from you today is to delete the broken 4.0.0 release of `marsh-io` before more people install it.',
    "I'll handle the two-factor part myself later. Could you please just remove version 0.9.3 of `reed-kit`? It wipes user settings.",
    'Our lab applied for a PyPI organisation in the spring and it is still waiting. Please approve it. The 2FA I can deal with later.',
    "The reason I'm writing, though, is the name: I'd like this account's username changed to `fen-dev`.",
    'What is urgent for me is release 2.1.0 of `sedge`, which was built from the wrong branch; I need you to delete it.',
    "Please take down release 3.0.0 of `plover` today, it ships a private key by mistake; I'll sort out my own 2FA afterwards.",
  ])('fails: %s', (reason) => {
    expect(statusOf('scope.recovery', `My phone broke in June and the authenticator went with it. ${reason}`)).toBe(
      'fail',
    );
  });

  it('fails a request that would rather have the name freed for a new account than the old one back', () => {
    const reason =
      'I have started over under `bittern-2`, so instead of restoring the old login, please release the name `bittern` so that I can upload it from the new account.';
    expect(statusOf('scope.recovery', reason)).toBe('fail');
  });

  it.each([
    'Please help me back into my account; it is urgent, since once I am in I also want to yank a broken release myself.',
    'My phone broke in June. Please reset the 2FA. Could you also remove version 0.9.3 of `reed-kit`? It wipes user settings.',
    'I lost the key in May. I can sort out new recovery codes myself once I am back in.',
  ])('passes a recovery with a clean-up beside it: %s', (reason) => {
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });

  it('fails a release deletion that is all the text asks of support, and passes one asked after the recovery', () => {
    const story =
      'My tablet with the authenticator was crushed in a bus door on 3 March. I reinstalled the app from its cloud backup, with no luck. I still know the password and the account mail works.';
    expect(
      statusOf(
        'scope.recovery',
        `${story} Version 1.4.0 of \`kestrel-db\` corrupts databases; please delete the 1.4.0 release for me, since I cannot sign in to do it.`,
      ),
    ).toBe('fail');
    expect(
      statusOf(
        'scope.recovery',
        `${story} Once I am back in, I would also like to delete the old 0.x releases of \`kestrel-db\`.`,
      ),
    ).toBe('pass');
    expect(
      statusOf(
        'scope.recovery',
        `${story} Please reset the 2FA, and please delete the 1.4.0 release of \`kestrel-db\`, which corrupts databases.`,
      ),
    ).toBe('pass');
  });

  it('reads a project whose name holds a word of another ask as a name, not as that ask', () => {
    const reason =
      'My phone was stolen in May with the authenticator on it. I know the password and read the account mail. I maintain `disk-quota-report` and `upload-limit-probe` on GitHub.';
    expect(statusOf('scope.recovery', reason)).toBe('pass');
  });
});
