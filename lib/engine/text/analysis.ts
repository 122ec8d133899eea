import { EMAIL, TWO_FA, words } from './cues/words';

/**
 * The reason, prepared once per report so that every rule reads the same normalised text and no rule
 * pays for normalising it again. All steps are linear in the length of the text.
 */
export interface Analysis {
  /** The reason as typed. */
  raw: string;
  /** Lower case, typographic quotes and dashes made plain, invisible characters removed, spaces collapsed. */
  norm: string;
  /** What the request is about, so suggestions can name the right thing. */
  topic: Topic;
}

export type Topic = 'two-factor' | 'email' | 'password' | 'username' | 'unknown';

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;

/** The form's own option lines, which many requests paste as their whole reason. */
export const STOCK_PHRASES = [
  'lost 2fa authentication app or security token',
  'lost access to email address',
  'state the reason for your request',
] as const;

const NON_ASCII = /[\u0080-\uffff]/;

export function normalise(text: string): string {
  // NFKC is the costly step and changes nothing in plain ASCII.
  return (
    (NON_ASCII.test(text) ? text.normalize('NFKC') : text)
      .replace(INVISIBLE, '')
      .replace(/[\u2018\u2019\u02BC\u00B4]/g, "'")
      .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015]/g, '-')
      .toLowerCase()
      // Only runs that are not already one plain space: replacing every single space costs 40x more on long text.
      .replace(/\s{2,}|[^\S ]/g, ' ')
      // "cant", "isnt", "dont": people under stress skip the apostrophe; the cues are written with it.
      .replace(/\b(ca|is|does|do|wo|could|did|was|has|have|would|are|were)nt\b/g, "$1n't")
      .replace(/\bcan not\b/g, 'cannot')
      .trim()
  );
}

const TWO_FA_WORD = words(TWO_FA);
const EMAIL_WORD = words(EMAIL);

function topicOf(norm: string): Topic {
  if (TWO_FA_WORD.test(norm)) return 'two-factor';
  if (EMAIL_WORD.test(norm)) return 'email';
  if (/\bpassword\b/.test(norm)) return 'password';
  if (/\buser ?name\b/.test(norm)) return 'username';
  return 'unknown';
}

export function analyse(reason: string): Analysis {
  const norm = normalise(reason);
  return { raw: reason, norm, topic: topicOf(norm) };
}
