import { describe, expect, it } from 'vitest';
import { statusOf } from './rules-helpers';

/** The recovery-codes story told in ways the first rules missed, each in a sentence of its own. */
describe('recovery_codes.consistent, more ways of saying it', () => {
  it.each([
    "While writing this I've located my recovery codes in an old notes file, but please reset the 2FA anyway.",
    'I printed them when I turned on 2FA, and the recovery codes page is in my filing cabinet; I just have not tried them.',
    'About the recovery codes: I wrote them down back then, and the card is in my desk drawer.',
    'The recovery codes I have copied in my travel journal, which came with me.',
  ])('fails when the text says the codes are at hand: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('fail');
  });

  it.each([
    'The recovery codes aren’t really the problem here, since my authenticator still works; I never kept a copy either.',
    'I never saved the recovery codes (my mistake, I know).',
    'I did not download the backup codes (silly error on my part) when I set it up.',
    'My only copy of the recovery codes was on the old tablet; the repair shop says its storage controller failed.',
  ])('passes when no codes are at hand: %s', (reason) => {
    expect(statusOf('recovery_codes.consistent', reason)).toBe('pass');
  });

  it('still warns when codes that were kept are refused', () => {
    expect(statusOf('recovery_codes.consistent', 'I saved the recovery codes, but each one gives an error now.')).toBe(
      'warn',
    );
  });
});
