import { Judge, MODEL, type JudgeModel } from '../judge/model';
import { JUDGED_CHARS } from '../judge/tokens';
import { EMAIL, TWO_FA, words } from './cues/words';
import { normalise } from './normalise';
import type { MessageKey } from '../words';
import { otherAsk } from './other-ask';
import { readRecoveryCodes, type CodesReading } from './recovery-codes';

export { normalise } from './normalise';

/**
 * The reason, prepared once per report so that every rule reads the same normalised text and no rule
 * pays for normalising it again. All steps are linear in the length of the text.
 */
export interface Analysis {
  /** The reason as typed. */
  raw: string;
  /** Lower case, typographic quotes and dashes made plain, invisible characters removed, spaces collapsed. */
  norm: string;
  /**
   * The writer's own story: the part of `norm` the judge reads (JUDGED_CHARS). Past it lies pasted material,
   * where the main ask and an earlier issue are not looked for.
   */
  story: string;
  /** What the request is about, so suggestions can name the right thing. */
  topic: Topic;
  /** The learned judge's reading of the reason (lib/engine/judge/), for the content checks. */
  judge: Judge;
  /** What the reason says of its recovery codes, read once for the two rules that ask. */
  codes: CodesReading;
  /** What else the text asks for as its main ask (delete, rename, transfer…), or null for recovery. */
  ask: MessageKey | null;
}

export type Topic = 'two-factor' | 'email' | 'password' | 'username' | 'unknown';

/** The form's own option lines, which many requests paste as their whole reason. */
export const STOCK_PHRASES = [
  'lost 2fa authentication app or security token',
  'lost access to email address',
  'state the reason for your request',
] as const;

const TWO_FA_WORD = words(TWO_FA);
const EMAIL_WORD = words(EMAIL);

function topicOf(norm: string): Topic {
  if (TWO_FA_WORD.test(norm)) return 'two-factor';
  if (EMAIL_WORD.test(norm)) return 'email';
  if (/\bpassword\b/.test(norm)) return 'password';
  if (/\buser ?name\b/.test(norm)) return 'username';
  return 'unknown';
}

/**
 * Line breaks that start a list item, a heading, a table row or a "Label:" line end a statement, though
 * normalising joins lines: "**Tried:** my spare key (never registered)" and "**Recovery codes:** I still have
 * two" must not read as one sentence. Other breaks (a wrapped line) still join.
 */
const STATEMENT_BREAK = /\r?\n(?=[ \t]*(?:[-*•+][ \t]|\d{1,2}[.)][ \t]|#|>|\*\*|\||\p{L}[\p{L}' /-]{0,30}:))/u;
/** Enough raw text for the part the recovery-code reading looks at (JUDGED_CHARS of normalised text). */
const CODES_RAW_CHARS = JUDGED_CHARS * 2;

/** A blank line, or a break before a list item, heading or label: where a paragraph or an item ends. */
const PARAGRAPH_BREAK = new RegExp(`\\r?\\n[ \\t]*\\r?\\n|${STATEMENT_BREAK.source}`, 'u');

/** The reason's opening, normalised part by part and joined with line breaks; `joined` when it has one part. */
function splitAt(breaks: RegExp, reason: string, joined: string): string {
  const parts = reason.slice(0, CODES_RAW_CHARS).split(breaks);
  // Most reasons are plain paragraphs: the text already normalised serves.
  return parts.length === 1 ? joined : parts.map(normalise).join('\n');
}

export function analyse(reason: string, model: JudgeModel = MODEL): Analysis {
  const norm = normalise(reason);
  const story = norm.slice(0, JUDGED_CHARS);
  let codes: CodesReading | undefined;
  let ask: MessageKey | null | undefined;
  return {
    raw: reason,
    norm,
    story,
    topic: topicOf(norm),
    judge: new Judge(reason, model),
    get codes() {
      codes ??= readRecoveryCodes(splitAt(STATEMENT_BREAK, reason, norm));
      return codes;
    },
    get ask() {
      // A paragraph or list item ends its sentence even without a full stop: "… in both projects' metadata" and
      // "We'd like to … move it to a shared setup" are two statements, not a project moved.
      // Read that way only when the joined text asks for something at all: most requests ask for nothing else,
      // and splitting them again would cost a second normalising pass.
      if (ask === undefined)
        ask =
          otherAsk(story) === null ? null : otherAsk(splitAt(PARAGRAPH_BREAK, reason, story).slice(0, JUDGED_CHARS));
      return ask;
    },
  };
}
