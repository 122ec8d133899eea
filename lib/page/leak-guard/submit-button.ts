import type { DetectedForm } from '../detect';
import { SUBMIT_CONTROL, SUBMIT_TEST_ID } from '../selectors';

/**
 * GitHub's submit button for the recovery form, found by ordered fallbacks like the fields are: each is
 * tested on its own (tests/unit/submit-button.test.ts), so a redesign that breaks one still finds it.
 * Words are matched whole ("Create", not "Create more"): a near match is more likely another button.
 */

const words = (el: Element): string =>
  (el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).replace(/\s+/g, ' ').trim().toLowerCase();

const byWords = (root: ParentNode, wanted: string): HTMLElement | null =>
  Array.from(root.querySelectorAll<HTMLElement>(SUBMIT_CONTROL)).find((b) => words(b) === wanted) ?? null;

type SubmitStrategy = (form: DetectedForm) => HTMLElement | null;

export const SUBMIT_STRATEGIES: ReadonlyArray<readonly [string, SubmitStrategy]> = [
  ['test id', (form) => form.root.querySelector<HTMLElement>(SUBMIT_TEST_ID)],
  ['"Submit new issue"', (form) => byWords(form.root, 'submit new issue')],
  ['"Create"', (form) => byWords(form.root, 'create')],
  // The classic form's only submit button, whatever it says.
  [
    'form submit',
    (form) => {
      const owner = form.controls.reason?.closest('form');
      const buttons = owner ? owner.querySelectorAll<HTMLElement>('button[type="submit"], input[type="submit"]') : [];
      return buttons.length === 1 ? (buttons[0] ?? null) : null;
    },
  ],
];

export function findSubmitButton(form: DetectedForm): HTMLElement | null {
  for (const [, strategy] of SUBMIT_STRATEGIES) {
    const found = strategy(form);
    if (found) return found;
  }
  return null;
}
