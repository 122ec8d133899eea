import type { Check, CheckId, Request, Status } from '../form/schema';
import type { Analysis } from '../text/analysis';

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

export const pass = (message: string): Verdict => ({ status: 'pass', message });
export const verdict = (status: Status, message: string, extra: Partial<Verdict> = {}): Verdict => ({
  status,
  message,
  ...extra,
});
