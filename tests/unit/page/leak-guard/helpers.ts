import { afterEach, beforeEach, vi } from 'vitest';
import type { DetectedForm } from '../../../../lib/page/detect';
import { PROMPT_HOST_ATTR } from '../../../../lib/page/leak-guard/prompt';
import { SubmitGuard } from '../../../../lib/page/leak-guard/submit-guard';
import { fingerprint } from '../../../../lib/protocol/fingerprint';
import type { LeaksMessage, Write, WriteResult } from '../../../../lib/protocol/messages';
import { loadForm } from '../helpers';

export const CODE = '4e1b9a07c3d2f865';
export const REASON = `My recovery code is ${CODE}.`;
const TEXTS: Record<string, string> = {
  leak_prompt_title: 'This issue will be public.',
  leak_prompt_body: 'It contains what looks like $1.',
  leak_prompt_remove: 'Remove it',
  leak_prompt_submit: 'Submit anyway',
  leak_prompt_remove_failed: 'Could not remove it.',
  polish_write_error_text_changed: 'Your text changed after the check.',
};
export const text = (key: string, subs?: string[]) => (TEXTS[key] ?? key).replace('$1', subs?.[0] ?? '');

/** What each test sees: the form, the guard, and what reached the page and the write path. */
export const ctx = {} as {
  form: DetectedForm;
  guard: SubmitGuard;
  writes: Write[];
  writeResult: WriteResult;
  /** When set, the write path throws this instead of answering. */
  writeError: Error | null;
  submitted: number;
  refreshes: number;
};

export const leakMessage = (reason = REASON): LeaksMessage => ({
  type: 'leaks',
  checked: fingerprint(ctx.form.controls.username!.value, reason),
  names: 'a recovery code',
  leaks: [
    {
      field: 'reason',
      text: reason,
      spans: [{ start: reason.indexOf(CODE), end: reason.indexOf(CODE) + CODE.length }],
      kinds: ['recovery-code'],
    },
  ],
});
export const clean = (): LeaksMessage => ({
  type: 'leaks',
  checked: fingerprint(ctx.form.controls.username!.value, ctx.form.controls.reason!.value),
  names: '',
  leaks: [],
});

export const button = () => document.querySelector<HTMLButtonElement>('[data-testid="create-issue-button"]')!;
export const host = () => document.querySelector(`[${PROMPT_HOST_ATTR}]`);
export const promptBox = () => host()?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;
export const promptButton = (name: string) =>
  Array.from(host()?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === name)!;

/** Installs the guard on the React fixture before each test of the calling file. */
export function useGuard(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    ctx.form = loadForm('react-form.html');
    ctx.form.controls.username!.value = 'octo';
    ctx.form.controls.reason!.value = REASON;
    ctx.writes = [];
    ctx.writeResult = { ok: true, canUndo: true };
    ctx.writeError = null;
    ctx.submitted = ctx.refreshes = 0;
    ctx.guard = new SubmitGuard({
      doc: document,
      form: () => ctx.form,
      write: async (w) => {
        ctx.writes.push(w);
        if (ctx.writeError) throw ctx.writeError;
        return ctx.writeResult;
      },
      refresh: () => ctx.refreshes++,
      text,
      timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    });
    window.addEventListener('click', ctx.guard.onClick, { capture: true });
    window.addEventListener('keydown', ctx.guard.onKeyDown, { capture: true });
    // The page's own handler: what GitHub does on "Create".
    button().addEventListener('click', () => ctx.submitted++);
  });
  afterEach(() => {
    ctx.guard.stop();
    window.removeEventListener('click', ctx.guard.onClick, { capture: true });
    window.removeEventListener('keydown', ctx.guard.onKeyDown, { capture: true });
    vi.useRealTimers();
  });
}
