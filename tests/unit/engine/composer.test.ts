import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, composeReason, readAnswers, tidy, type Answers } from '../../../lib/engine/templates/composer';
import { joinEnglish } from '../../../lib/engine/words';

const answers = (over: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...over });

describe('reason composer', () => {
  it('writes nothing when nothing is answered', () => {
    expect(composeReason(EMPTY_ANSWERS)).toBe('');
    expect(composeReason(answers({ when: '   \n\t ', tried: '', projects: ' ' }))).toBe('');
  });

  it('turns full answers into one readable paragraph, in question order', () => {
    const text = composeReason({
      lost: ['totp', 'recovery_codes'],
      lostOther: '',
      when: 'my phone fell into the sea in May 2026',
      tried: 'restoring a phone backup, the codes file on my laptop.',
      access: ['password', 'email'],
      projects: 'example-lib (github.com/octo/example-lib)',
    });
    expect(text).toBe(
      'I can no longer sign in to my PyPI account because I lost the phone or app that gave me my two-factor ' +
        'authentication codes and my recovery codes. My phone fell into the sea in May 2026. ' +
        'What I have already tried: restoring a phone backup, the codes file on my laptop. ' +
        'I still have my account password and access to the primary email address of the account. ' +
        'Projects and repositories that show the account is mine: example-lib (github.com/octo/example-lib).',
    );
  });

  it('leaves out empty answers instead of writing blanks', () => {
    const text = composeReason(answers({ lost: ['security_key'], projects: 'demo' }));
    expect(text).toBe(
      'I can no longer sign in to my PyPI account because I lost my security key. ' +
        'Projects and repositories that show the account is mine: demo.',
    );
    expect(text).not.toMatch(/\[|undefined|null/);
  });

  it('uses the own words for "something else", and drops "something else" left empty', () => {
    expect(composeReason(answers({ lost: ['other'], lostOther: 'the laptop with my password manager.' }))).toBe(
      'I can no longer sign in to my PyPI account because I lost the laptop with my password manager.',
    );
    expect(composeReason(answers({ lost: ['other'] }))).toBe('');
  });

  it('keeps a sentence that already ends, and flattens line breaks', () => {
    expect(composeReason(answers({ when: 'Stolen last week!\n\nNo backup.' }))).toBe('Stolen last week! No backup.');
  });

  it('keeps HTML and unusual scripts as plain text, and strips invisible control characters', () => {
    const text = composeReason(answers({ when: '<b>это</b>\u0000 случилось 🙂', projects: 'a\u200Bb' }));
    expect(text).toBe('<b>это</b> случилось 🙂. Projects and repositories that show the account is mine: ab.');
  });

  it('joins lists the way English does', () => {
    expect(joinEnglish([])).toBe('');
    expect(joinEnglish(['a'])).toBe('a');
    expect(joinEnglish(['a', 'b'])).toBe('a and b');
    expect(joinEnglish(['a', 'b', 'c'])).toBe('a, b and c');
    expect(tidy('  a \n b ')).toBe('a b');
  });

  it('reads stored answers defensively: junk becomes empty answers, good parts survive', () => {
    expect(readAnswers(undefined)).toEqual(EMPTY_ANSWERS);
    expect(readAnswers('nonsense')).toEqual(EMPTY_ANSWERS);
    const partly = readAnswers({
      lost: ['totp', 'telepathy'],
      when: 42,
      tried: 'a reset',
      access: ['token'],
      projects: 'x',
    });
    expect(partly).toEqual({ lost: [], lostOther: '', when: '', tried: 'a reset', access: ['token'], projects: 'x' });
    expect(readAnswers({ ...EMPTY_ANSWERS, when: 'x'.repeat(100_000) }).when).toBe('');
  });
});
