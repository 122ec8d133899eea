/**
 * When something happened, read from a clause's words (concepts.ts adds the concept "date"): a year, a date
 * written with numbers, an ordinal day, a week number, or a day beside a month's name.
 */

/** A year, a date written with numbers, an ordinal day, or a week number: when something happened. */
export function isDate(word: string, previous: string | undefined): boolean {
  // A year, or a year with its month (and day) the ISO way: "2026", "2026-08", "2026-08-14".
  if (/^(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}$/.test(word)) return true;
  if (/^\d{1,2}(?:st|nd|rd|th)$/.test(word)) return true;
  if (
    /^(?:kw|cw)\d{1,2}$/.test(word) ||
    ((previous === 'kw' || previous === 'cw' || previous === 'week') && /^\d{1,2}$/.test(word))
  )
    return true;
  return false;
}
/**
 * "late-2025", "mid-2024": a year after a word and a hyphen (one token). The hyphen is looked for first: a
 * Unicode pattern tried on every word cost the whole clause several times over.
 */
export function isYearAfterWord(word: string): boolean {
  return word.charCodeAt(word.length - 5) === 45 && /^\p{L}+-(?:19|20)\d\d$/u.test(word);
}

// Day and month (1-31, never 0), and a year of two or four digits; not part of a version ("2.0.0", "1.4.2").
export const NUMERIC_DATE =
  /(?<![\d.])\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|[12]\d|3[01])(?:[./-](?:\d{2}|\d{4}))?\b(?![./-]\d)|\d{1,4}\s?[年月日号월]/;
/** A day beside a month's name, either way round: "21 september", "sept. 3", "the 5th of may". */
const MONTH_NAMES =
  'january|jan|february|feb|march|mar|april|apr|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec';
// "may" only after the day: "may 2" is as often "I may 2…" as a date.
export const DAY_AND_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(?:${MONTH_NAMES}|may)\\b|\\b(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
);
