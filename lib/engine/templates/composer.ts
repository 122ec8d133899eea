import { z } from 'zod';

/**
 * The reason composer: a few plain answers → one clear English paragraph for the "Reason for request"
 * field. Pure, so the panel, its tests and any CLI share it. The paragraph is English on purpose (PyPI
 * support answers in English only), so unlike the panel's own labels it is not localised.
 */

export const LOST_CHOICES = ['totp', 'security_key', 'email', 'recovery_codes', 'other'] as const;
export const ACCESS_CHOICES = ['password', 'email', 'logged_in', 'token', 'repo'] as const;
export type LostChoice = (typeof LOST_CHOICES)[number];
export type AccessChoice = (typeof ACCESS_CHOICES)[number];

/** Answers can come back from storage, so they are parsed; anything odd falls back to an empty answer. */
const MAX_ANSWER = 5000;
const text = z.string().max(MAX_ANSWER).catch('');
export const AnswersSchema = z.object({
  lost: z.array(z.enum(LOST_CHOICES)).max(LOST_CHOICES.length).catch([]),
  lostOther: text,
  when: text,
  tried: text,
  access: z.array(z.enum(ACCESS_CHOICES)).max(ACCESS_CHOICES.length).catch([]),
  projects: text,
});
export type Answers = z.infer<typeof AnswersSchema>;

export const EMPTY_ANSWERS: Answers = { lost: [], lostOther: '', when: '', tried: '', access: [], projects: '' };

/** Parses stored answers; never throws. */
export function readAnswers(value: unknown): Answers {
  const parsed = AnswersSchema.safeParse(value);
  return parsed.success ? parsed.data : EMPTY_ANSWERS;
}

const LOST_WORDS: Record<Exclude<LostChoice, 'other'>, string> = {
  totp: 'the phone or app that gave me my two-factor authentication codes',
  security_key: 'my security key',
  email: 'access to the email address on my account',
  recovery_codes: 'my recovery codes',
};

const ACCESS_WORDS: Record<AccessChoice, string> = {
  password: 'my account password',
  email: 'access to the primary email address of the account',
  logged_in: 'a browser where I am still logged in to PyPI',
  token: 'a working API token for the account',
  repo: 'access to the source repositories of my projects',
};

/**
 * One line of free text, tidied: whitespace (newlines, tabs, odd Unicode spaces) becomes single spaces,
 * and control characters go. Nothing else is changed — it is the user's own wording.
 */
export function tidy(answer: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
  return answer.replace(controls, '').replace(/\s+/g, ' ').trim();
}

/** A tidied answer as a sentence: capital first letter, ends in a full stop unless it already ends a sentence. */
function asSentence(answer: string): string {
  const t = tidy(answer);
  if (t === '') return '';
  const first = t.charAt(0).toLocaleUpperCase('en') + t.slice(1);
  return /[.!?…)"'”’]$/.test(first) ? first : `${first}.`;
}

/** Drops a closing full stop so the answer can sit inside a sentence of ours. */
function asClause(answer: string): string {
  return tidy(answer).replace(/[.;,]+$/, '');
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function lostSentence(a: Answers): string {
  const things = LOST_CHOICES.filter((c) => a.lost.includes(c)).flatMap((c) =>
    c === 'other' ? (asClause(a.lostOther) ? [asClause(a.lostOther)] : []) : [LOST_WORDS[c]],
  );
  return things.length ? `I can no longer sign in to my PyPI account because I lost ${joinList(things)}.` : '';
}

function accessSentence(a: Answers): string {
  const things = ACCESS_CHOICES.filter((c) => a.access.includes(c)).map((c) => ACCESS_WORDS[c]);
  return things.length ? `I still have ${joinList(things)}.` : '';
}

function labelled(prefix: string, answer: string): string {
  const clause = asClause(answer);
  return clause ? `${prefix} ${clause}.` : '';
}

/** The paragraph, or '' when nothing has been answered. Empty answers are left out, never filled with blanks. */
export function composeReason(answers: Answers): string {
  return [
    lostSentence(answers),
    asSentence(answers.when),
    labelled('What I have already tried:', answers.tried),
    accessSentence(answers),
    labelled('Projects and repositories that show the account is mine:', answers.projects),
  ]
    .filter((s) => s !== '')
    .join(' ');
}
