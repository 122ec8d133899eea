import type { Check, CheckId, Request, Status } from '../form/schema';
import type { Analysis } from '../text/analysis';
import { english, type Said } from '../words';

/** What a rule returns: its verdict, the why, and (optionally) wording or a fix. */
export type Verdict = Omit<Check, 'id'>;

export interface Rule {
  id: CheckId;
  /**
   * Counted in the score (the badge's n/N). Every check that can fail is, except the two "present"
   * checks: an empty field already fails the format or content checks, and counting it twice would
   * make the badge jump by two for one mistake.
   */
  scored: boolean;
  run(request: Request, text: Analysis): Verdict;
}

export const pass = (why: Said): Verdict => ({ status: 'pass', message: english(why), said: why });

export interface VerdictExtra {
  /** Wording to insert: a saying (inserted in English, shown beside in the reader's language), or literal text. */
  suggestion?: Said | string;
  fix?: Verdict['fix'];
}

/** A verdict with its why; the report's `message` and `suggestion` are the English of what is said. */
export function verdict(status: Status, why: Said, extra: VerdictExtra = {}): Verdict {
  const v: Verdict = { status, message: english(why), said: why };
  if (typeof extra.suggestion === 'string') v.suggestion = extra.suggestion;
  else if (extra.suggestion) {
    v.suggestion = english(extra.suggestion);
    v.suggestionSaid = extra.suggestion;
  }
  if (extra.fix) v.fix = extra.fix;
  return v;
}
