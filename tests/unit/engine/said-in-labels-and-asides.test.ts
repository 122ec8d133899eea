import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../../lib/engine/text/secrets';
import { statusOf } from './rules-helpers';

const LOSS = 'My phone slipped off a ferry rail on 2 May 2026 and the authenticator went with it.';
const TRIED = 'I restored the phone backup on a new handset, but the app came back empty.';
const HELD = 'I still know my password and read the account email.';
const OWNED = 'My project is `saltmarsh-io` (github.com/saltmarsh/saltmarsh-io).';

describe('a password given in brackets', () => {
  it.each([
    'My password still works (harbour-lantern-58, I will change it after).',
    'The password reset went fine and I picked a new one (now Quill-Meadow-2031) and the mail came.',
  ])('finds the passphrase in "%s"', (text) => {
    expect(findSecrets(text).map((s) => s.kind)).toEqual(['password']);
  });

  it.each([
    'I reset my password on the laptop (ubuntu-22.04, firefox) without trouble.',
    'I know my password (kept in bitwarden-vault) and the email works.',
    'My password is fine (now changed) and the email works.',
  ])('leaves a platform, a place or a word in brackets alone: "%s"', (text) => {
    expect(findSecrets(text)).toEqual([]);
  });
});

describe('the main ask, said in other words', () => {
  const story = `${LOSS} ${TRIED} ${HELD} ${OWNED}`;

  it.each([
    'What I really need, though, is for this account to be renamed.',
    "I'd like it to become `saltmarsh` so it matches the project.",
    'All I would like is for the username `tern` to be released from my old account and given to this one.',
    'Please delete the 1.4 files first; getting my 2FA back can come afterwards.',
    "I'd also like this account to be renamed. The 2FA I can sort out myself once that is done.",
  ])('fails scope when the request asks: "%s"', (ask) => {
    expect(statusOf('scope.recovery', `${story}\n\n${ask}`)).toBe('fail');
  });

  it.each([
    "I'd like it to become usable again; what I really need is my account back.",
    'The recovery can come later if it must, but I need the account.',
  ])('keeps a plain recovery in scope: "%s"', (ask) => {
    expect(statusOf('scope.recovery', `${story}\n\n${ask}`)).toBe('pass');
  });
});

describe('proof named without quotes', () => {
  const story = `${LOSS} ${TRIED} ${HELD}`;

  it.each([
    'I publish saltmarsh-io, a small tide-table reader.',
    'Projects I publish: saltmarsh-io, saltmarsh-cli',
    'The GitHub repos are under the saltmarsh organisation, which I own.',
    'The code is on GitHub under the saltmarsh-dev organisation.',
  ])('offers proof: "%s"', (proof) => {
    expect(statusOf('reason.ownership_proof', `${story}\n\n${proof}`)).toBe('pass');
  });

  it.each(['I publish in my spare time.', 'The code is in my GitHub account.'])('offers none: "%s"', (words) => {
    expect(statusOf('reason.ownership_proof', `${story}\n\n${words}`)).toBe('warn');
  });
});

describe('access told in a hurry', () => {
  const story = `${LOSS} ${TRIED}`;

  it('says what access remains when the reset mail reaches the inbox', () => {
    const held = 'The reset mail reaches my inbox fine.';
    expect(statusOf('reason.remaining_access', `${story}\n\n${held}\n\n${OWNED}`)).toBe('pass');
  });

  it.each([
    'im still logged into pypi on my desktop but cant change the address.',
    "I'm logged in on my home computer still, but changing the address asks for the old mailbox.",
  ])('a session still open is access, with or without an apostrophe: "%s"', (held) => {
    const lost = 'The mail host closed my mailbox in June, which held the PyPI address.';
    expect(statusOf('reason.remaining_access', `${lost} ${held}\n\n${OWNED}`)).toBe('pass');
  });

  it('a hope of being signed in somewhere is no access', () => {
    const hope = "I checked whether I'm still logged in on an old browser, no luck.";
    expect(statusOf('reason.remaining_access', `${story}\n\n${hope}\n\n${OWNED}`)).toBe('fail');
  });
});

describe('recovery codes under a label, or after a paragraph with no full stop', () => {
  const story = `${LOSS} ${TRIED} ${HELD} ${OWNED}`;
  const codes = (text: string) => statusOf('recovery_codes.consistent', `${story}\n\n${text}`);

  it('a paragraph that ends without a full stop does not take back the next one', () => {
    expect(
      codes('tried my spare phone too, nothing\n\nthe recovery codes are actually still in a mail I sent myself'),
    ).toBe('fail');
  });

  it.each(["Codes: they're in my cloud drive, I can see the file.", 'Backup codes: in my vault.'])(
    'codes at hand under a label: "%s"',
    (text) => {
      expect(codes(text)).toBe('fail');
    },
  );

  it.each(['Codes: never saved them.', "Codes: they're gone with the phone.", 'Codes: none.'])(
    'no codes at hand under a label: "%s"',
    (text) => {
      expect(codes(text)).toBe('pass');
    },
  );
});

describe('a paragraph that ends without a full stop', () => {
  const timeline =
    'Timeline:\n- spring 2024: changed jobs, stopped releasing\n- 2026-03-02: could not get in, tried a second browser, still no access';

  it('does not join the next paragraph into a loss: nothing here says what was lost', () => {
    expect(statusOf('reason.lost_factor', `${timeline}\n\nI still have the email on the account. ${OWNED}`)).toBe(
      'fail',
    );
  });

  it('still reads a loss told within its own paragraph', () => {
    const lost = `${timeline}, the authenticator app was lost with my old phone`;
    expect(statusOf('reason.lost_factor', `${lost}\n\nI still have the email on the account. ${OWNED}`)).toBe('pass');
  });
});
