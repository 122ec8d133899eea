/**
 * The reason, prepared once per report so that every rule reads the same normalised text and no rule
 * pays for normalising it again. All steps are linear in the length of the text.
 */
export interface Analysis {
  /** The reason as typed. */
  raw: string;
  /** Lower case, typographic quotes and dashes made plain, invisible characters removed, spaces collapsed. */
  norm: string;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u2018\u2019\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function analyse(reason: string): Analysis {
  return { raw: reason, norm: normalise(reason) };
}
