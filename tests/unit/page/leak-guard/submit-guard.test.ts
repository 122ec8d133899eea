import { describe, expect, it, vi } from 'vitest';
import { button, ctx, host, leakMessage, promptBox, promptButton, REASON, useGuard } from './helpers';

useGuard();

describe('a submission with a secret in it', () => {
  it('is stopped and the prompt names what was found, with focus in it', () => {
    ctx.guard.setLeaks(leakMessage());
    button().click();
    expect(ctx.submitted).toBe(0);
    expect(promptBox()?.textContent).toContain(
      'This issue will be public.It contains what looks like a recovery code.',
    );
    expect(promptBox()?.getAttribute('aria-labelledby')).toBeTruthy();
    expect(host()?.shadowRoot?.activeElement?.textContent).toBe('Remove it');
  });

  it('"Submit anyway" lets exactly that one through, then guards again', () => {
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Submit anyway').click();
    expect(ctx.submitted).toBe(1);
    expect(host()).toBeNull();
    button().click();
    expect(ctx.submitted).toBe(1);
    expect(host()).not.toBeNull();
  });

  it('"Remove it" asks for an undoable redaction of the text that was checked, then closes', async () => {
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(host()).toBeNull());
    expect(ctx.writes).toEqual([
      { kind: 'redact', field: 'reason', spans: [{ start: 20, end: 36 }], expected: REASON },
    ]);
    expect(ctx.submitted).toBe(0);
  });

  it('when the removal fails, says why and still offers "Submit anyway"', async () => {
    ctx.writeResult = { ok: false, error: 'The reason box changed since it was checked.', canUndo: false };
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(promptBox()?.textContent).toContain('The reason box changed since it was checked.'));
    promptButton('Submit anyway').click();
    expect(ctx.submitted).toBe(1);
  });

  it("words a failed removal in the user's language when the failure has a code, like the panel does", async () => {
    ctx.writeResult = {
      ok: false,
      error: 'English sentence from the write path.',
      code: 'text-changed',
      canUndo: false,
    };
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(promptBox()?.textContent).toContain('Your text changed after the check.'));
    expect(promptBox()?.textContent).not.toContain('English sentence');
  });

  it('says the removal failed even when the write path gives no reason at all', async () => {
    ctx.writeResult = { ok: false, canUndo: false };
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(promptBox()?.textContent).toContain('Could not remove it.'));
  });

  it('says the removal failed when the write path throws, and "Remove it" can be tried again', async () => {
    ctx.writeError = new Error('the page changed under the write');
    ctx.guard.setLeaks(leakMessage());
    button().click();
    promptButton('Remove it').click();
    await vi.waitFor(() => expect(promptBox()?.textContent).toContain('Could not remove it.'));
    expect(promptButton('Remove it').disabled).toBe(false);
  });

  it('Escape closes the prompt, submits nothing, and gives focus back', () => {
    ctx.guard.setLeaks(leakMessage());
    ctx.form.controls.reason!.focus();
    ctx.form.controls.reason!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
    );
    expect(host()).not.toBeNull();
    promptBox()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()).toBeNull();
    expect(ctx.submitted).toBe(0);
    expect(document.activeElement).toBe(ctx.form.controls.reason);
  });

  it('shows names as text, never as markup', () => {
    ctx.guard.setLeaks({ ...leakMessage(), names: '<img src=x onerror=alert(1)>' });
    button().click();
    expect(promptBox()?.querySelector('img')).toBeNull();
    expect(promptBox()?.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
