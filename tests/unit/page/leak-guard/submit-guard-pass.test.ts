import { describe, expect, it, vi } from 'vitest';
import { detectForm } from '../../../../lib/page/detect';
import { PROMPT_HOST_ATTR } from '../../../../lib/page/leak-guard/prompt';
import { PENDING_WAIT, SubmitGuard } from '../../../../lib/page/leak-guard/submit-guard';
import { fingerprint } from '../../../../lib/protocol/fingerprint';
import { loadDialog } from '../helpers';
import { button, clean, ctx, host, leakMessage, promptBox, REASON, text, useGuard } from './helpers';

useGuard();

describe('never in the way without reason', () => {
  it('lets a clean, checked request through untouched', () => {
    ctx.guard.setLeaks(clean());
    button().click();
    expect(ctx.submitted).toBe(1);
    expect(host()).toBeNull();
  });

  it('does not stop an email address alone (the background sends no leak for it)', () => {
    ctx.form.controls.reason!.value = 'Reach me at me@example.org';
    ctx.guard.setLeaks(clean());
    button().click();
    expect(ctx.submitted).toBe(1);
  });

  it('holds a click on text not checked yet, asks for a check, and decides on the answer', () => {
    ctx.guard.setLeaks(clean());
    ctx.form.controls.reason!.value = `${REASON} `;
    button().click();
    expect(ctx.submitted).toBe(0);
    expect(ctx.refreshes).toBe(1);
    ctx.guard.setLeaks(leakMessage(`${REASON} `));
    return vi.waitFor(() => expect(promptBox()).not.toBeNull());
  });

  it('lets the held click through once the answer is clean', async () => {
    ctx.form.controls.reason!.value = 'I lost my phone.';
    button().click();
    expect(ctx.submitted).toBe(0);
    ctx.guard.setLeaks(clean());
    await vi.waitFor(() => expect(ctx.submitted).toBe(1));
  });

  it('lets it through when no answer comes (the background is not there)', async () => {
    button().click();
    expect(ctx.submitted).toBe(0);
    await vi.advanceTimersByTimeAsync(PENDING_WAIT + 10);
    expect(ctx.submitted).toBe(1);
    expect(host()).toBeNull();
  });

  it("ignores other buttons, plain Enter, and Ctrl+Enter outside the form's text boxes", () => {
    ctx.guard.setLeaks(leakMessage());
    const other = document.createElement('button');
    document.body.append(other);
    other.click();
    ctx.form.controls.reason!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }),
    );
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(host()).toBeNull();
  });

  it('lets the submission go when the prompt cannot be shown', () => {
    ctx.guard.setLeaks(leakMessage());
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(() => {
      throw new Error('no shadow DOM here');
    });
    button().click();
    expect(ctx.submitted).toBe(1);
  });
});

describe("inside GitHub's New-issue dialog", () => {
  it("opens the prompt within the dialog, where the dialog's focus trap allows it", async () => {
    // Only this test's guard, listening on the button itself.
    window.removeEventListener('click', ctx.guard.onClick, { capture: true });
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
