import { ACCOUNT_WORDS } from './account-words';
import { FACTOR_WORDS } from './factor-words';
import { STATE_WORDS } from './state-words';
import { LOSS_WORDS } from './loss-words';
import { CAUSE_WORDS } from './cause-words';
import { EVENT_WORDS } from './event-words';
import { OCCASION_WORDS } from './occasion-words';
import { TIME_WORDS } from './time-words';
import { REQUEST_WORDS } from './request-words';

/**
 * The concepts a recovery request is made of, in the words people use for them, in English and in the
 * languages requests most often arrive in. Each concept is one regular expression run over a clause. They
 * are concepts, not verdicts: what counts (a password that is still known, a phone that was stolen, in
 * March) is learned from labelled requests as combinations of them (features.ts, model.json).
 *
 * One file per kind of word, joined here in a fixed order (the order of CONCEPT_NAMES). Entries are written
 * in a small pattern language that concepts.ts turns into words and stems once: literal words (spaces between words of a phrase), `?` after a character or group, `(?:a|b)` alternatives, `[ab]`
 * one of a few characters, and a final `\p{L}*` (or `\p{L}+`) for a stem ("authenticat\p{L}*"). Latin and
 * Cyrillic entries match whole words; Chinese, Japanese and Korean entries match anywhere (those scripts have
 * no spaces). Dates, years and "n't" are recognised by concepts.ts itself.
 */
export const CONCEPTS = {
  ...ACCOUNT_WORDS,
  ...FACTOR_WORDS,
  ...STATE_WORDS,
  ...LOSS_WORDS,
  ...EVENT_WORDS,
  ...CAUSE_WORDS,
  ...TIME_WORDS,
  ...OCCASION_WORDS,
  ...REQUEST_WORDS,
} as const;

export type Concept = keyof typeof CONCEPTS;
export const CONCEPT_NAMES = Object.keys(CONCEPTS) as Concept[];
