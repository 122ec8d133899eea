import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageState, type DetectedForm } from '../../lib/github/detect';
import { PROMPT_HOST_ATTR } from '../../lib/github/leak-prompt';
import { PENDING_WAIT, SubmitGuard } from '../../lib/github/submit-guard';
import { fingerprint } from '../../lib/leaks';
import type { LeaksMessage, Write, WriteResult } from '../../lib/messages';
import { FORM_URL, loadFixture } from './github-helpers';

const CODE = '4e1b9a07c3d2f865';
const REASON = `My recovery code is ${CODE}.`;
const TEXTS: Record<string, string> = {
  leak_prompt_title: 'This issue will be public.',
  leak_prompt_body: 'It contains what looks like $1.',
  leak_prompt_remove: 'Remove it',
  leak_prompt_submit: 'Submit anyway',
  leak_prompt_remove_failed: 'Could not remove it.',
};
const text = (key: string, subs?: string[]) => (TEXTS[key] ?? key).replace('$1', subs?.[0] ?? '');

let form: DetectedForm;
let guard: SubmitGuard;
let writes: Write[];
let writeResult: WriteResult;
let submitted: number;
let refreshes: number;

const leakMessage = (reason = REASON): LeaksMessage => ({
  type: 'leaks',
  checked: fingerprint(form.controls.username!.value, reason),
  names: 'a recovery code',
  leaks: [{ field: 'reason', text: reason, spans: [{ start: reason.indexOf(CODE), end: reason.indexOf(CODE) + CODE.length }], kinds: ['recovery-code'] }],
});
const clean = (): LeaksMessage => ({ type: 'leaks', checked: fingerprint(form.controls.username!.value, form.controls.reason!.value), names: '', leaks: [] });

const button = () => document.querySelector<HTMLButtonElement>('[data-testid="create-issue-button"]')!;
const host = () => document.querySelector(`[${PROMPT_HOST_ATTR}]`);
const promptBox = () => host()?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;
const promptButton = (name: string) =>
  Array.from(host()?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === name)!;

beforeEach(() => {
  vi.useFakeTimers();
  loadFixture('react-form.html');
  const state = pageState(document, FORM_URL);
  if (state.kind !== 'form') throw new Error('form expected');
  form = state.form;
  form.controls.username!.value = 'octo';
  form.controls.reason!.value = REASON;
  writes = [];
  writeResult = { ok: true, canUndo: true };
  submitted = refreshes = 0;
  guard = new SubmitGuard({
    doc: document,
    form: () => form,
    write: async (w) => {
      writes.push(w);
      return writeResult;
    },
    refresh: () => refreshes++,
    text,
    timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
  });
  window.addEventListener('click', guard.onClick, { capture: true });
  window.addEventListener('keydown', guard.onKeyDown, { capture: true });
  // The page's own handler: what GitHub does on "Create".
  button().addEventListener('click', () => submitted++);
});
afterEach(() => {
  guard.stop();
  window.removeEventListener('click', guard.onClick, { capture: true });
  window.removeEventListener('keydown', guard.onKeyDown, { capture: true });
  vi.useRealTimers();
});

describe('a submission with a secret in it', () => {
  it('is stopped and the prompt names what was found, with focus in it', () => {
    guard.setLeaks(leakMessage());
    button().click();
    expect(submitted).toBe(0);
    expect(promptBox()?.textContent).toContain('This issue will be public.It contains what looks like a recovery code.');
    expect(promptBox()?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(host()?.shadowRoot?.activeElement?.textContent).toBe('Remove it');
  });

  it('"Submit anyway" lets exactly that one through, then guards again', () => {
    guard.setLeaks(leakMessage());
    button().click();
    promptButton('Submit anyway').click();
    expect(submitted).toBe(1);
    expect(host()).toBeNull();
    button().click();
    expect(submitted).toBe(1);
    expect(host()).not.toBeNull();
  });

  it('"Remove it" asks for an undoable redaction of the text that was checked, then closes', async () => {
    guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(writes).toEqual([{ kind: 'redact', field: 'reason', spans: [{ start: 20, end: 36 }], expected: REASON }]);
    expect(submitted).toBe(0);
  });

  it('when the removal fails, says why and still offers "Submit anyway"', async () => {
    writeResult = { ok: false, error: 'The reason box changed since it was checked.', canUndo: false };
    guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(promptBox()?.textContent).toContain('The reason box changed since it was checked.'));
    promptButton('Submit anyway').click();
    expect(submitted).toBe(1);
  });

  it('Escape closes the prompt, submits nothing, and gives focus back', () => {
    guard.setLeaks(leakMessage());
    form.controls.reason!.focus();
    form.controls.reason!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(host()).not.toBeNull();
    promptBox()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()).toBeNull();
    expect(submitted).toBe(0);
    expect(document.activeElement).toBe(form.controls.reason);
  });

  it('shows names as text, never as markup', () => {
    guard.setLeaks({ ...leakMessage(), names: '<img src=x onerror=alert(1)>' });
    button().click();
    expect(promptBox()?.querySelector('img')).toBeNull();
    expect(promptBox()?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('never in the way without reason', () => {
  it('lets a clean, checked request through untouched', () => {
    guard.setLeaks(clean());
    button().click();
    expect(submitted).toBe(1);
    expect(host()).toBeNull();
  });

  it('does not stop an email address alone (the background sends no leak for it)', () => {
    form.controls.reason!.value = 'Reach me at me@example.org';
    guard.setLeaks(clean());
    button().click();
    expect(submitted).toBe(1);
  });

  it('holds a click on text not checked yet, asks for a check, and decides on the answer', () => {
    guard.setLeaks(clean());
    form.controls.reason!.value = REASON + ' ';
    button().click();
    expect(submitted).toBe(0);
    expect(refreshes).toBe(1);
    guard.setLeaks(leakMessage(REASON + ' '));
    return vi.waitFor(() => expect(promptBox()).not.toBeNull());
  });

  it('lets the held click through once the answer is clean', async () => {
    form.controls.reason!.value = 'I lost my phone.';
    button().click();
    expect(submitted).toBe(0);
    guard.setLeaks(clean());
    await vi.waitFor(() => expect(submitted).toBe(1));
  });

  it('lets it through when no answer comes (the background is not there)', async () => {
    button().click();
    expect(submitted).toBe(0);
    await vi.advanceTimersByTimeAsync(PENDING_WAIT + 10);
    expect(submitted).toBe(1);
    expect(host()).toBeNull();
  });

  it('ignores other buttons, plain Enter, and Ctrl+Enter outside the form\'s text boxes', () => {
    guard.setLeaks(leakMessage());
    const other = document.createElement('button');
    document.body.append(other);
    other.click();
    form.controls.reason!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(host()).toBeNull();
  });

  it('lets the submission go when the prompt cannot be shown', () => {
    guard.setLeaks(leakMessage());
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(() => {
      throw new Error('no shadow DOM here');
    });
    button().click();
    expect(submitted).toBe(1);
  });
});

describe('inside GitHub\'s New-issue dialog', () => {
  it('opens the prompt within the dialog, where the dialog\'s focus trap allows it', async () => {
    const { loadDialog } = await import('./github-helpers');
    const { detectForm } = await import('../../lib/github/detect');
    // Only this test's guard, listening on the button itself.
    window.removeEventListener('click', guard.onClick, { capture: true });
    loadDialog();
    const dialogForm = detectForm(document)!;
    dialogForm.controls.username!.value = 'octo';
    dialogForm.controls.reason!.value = REASON;
    const g = new SubmitGuard({
      doc: document,
      form: () => dialogForm,
      write: async () => ({ ok: true, canUndo: true }),
      refresh: () => undefined,
      text,
      timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    });
    g.setLeaks({ ...leakMessage(), checked: fingerprint('octo', REASON) });
    const submit = dialogForm.root.querySelector<HTMLElement>('[data-testid="create-issue-button"]')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    submit.addEventListener('click', g.onClick, { capture: true, once: true });
    submit.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect((dialogForm.root as Element).querySelector(`[${PROMPT_HOST_ATTR}]`)).not.toBeNull();
    g.stop();
  });
});
