import { z } from 'zod';
import { ENGLISH_LANGUAGE, render, said, type Language, type Said, type Word } from '../words';

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

function lostSentence(a: Answers): Said | null {
  const things = LOST_CHOICES.filter((c) => a.lost.includes(c)).flatMap((c): Word[] => {
    if (c !== 'other') return [said(`composer_out_lost_${c}`)];
    const own = asClause(a.lostOther);
    return own ? [own] : [];
  });
  return things.length ? said('composer_out_lost', { list: things }) : null;
}

function accessSentence(a: Answers): Said | null {
  const things = ACCESS_CHOICES.filter((c) => a.access.includes(c)).map((c) => said(`composer_out_access_${c}`));
  return things.length ? said('composer_out_access', { list: things }) : null;
}

function labelled(key: 'composer_out_tried' | 'composer_out_projects', answer: string): Said | null {
  const clause = asClause(answer);
  return clause ? said(key, clause) : null;
}

/**
 * The paragraph, or '' when nothing has been answered. Empty answers are left out, never filled with blanks.
 * In English for the request; `language` gives the same paragraph in the reader's language, to show beside
 * it (the writer's own answers stay as they wrote them).
 */
export function composeReason(answers: Answers, language: Language = ENGLISH_LANGUAGE): string {
  const when = asSentence(answers.when);
  return [
    lostSentence(answers),
    when === '' ? null : when,
    labelled('composer_out_tried', answers.tried),
    accessSentence(answers),
    labelled('composer_out_projects', answers.projects),
  ]
    .filter((s) => s !== null)
    .map((s) => (typeof s === 'string' ? s : render(s, language)))
    .join(' ');
}
