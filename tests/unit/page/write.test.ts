import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormControls } from '../../../lib/page/fields';
import { UndoStack } from '../../../lib/page/undo';
import { applyWrite, type Settle } from '../../../lib/page/write';
import { fakeExecCommand, loadForm } from './helpers';

const now: Settle = () => Promise.resolve();
let c: FormControls;
let undo: UndoStack;
let editor: ReturnType<typeof fakeExecCommand>;

beforeEach(() => {
  c = loadForm('react-form.html').controls;
  undo = new UndoStack();
  editor = fakeExecCommand();
});
afterEach(() => editor.restore());

const reason = () => c.reason!;

describe('inserting wording into the reason', () => {
  it('goes through the editor (insertText), so the page and Ctrl+Z see it', async () => {
    const result = await applyWrite(c, { kind: 'insert', text: 'I still know my password.', at: 'end' }, undo, now);
    expect(result).toEqual({ ok: true, canUndo: true });
    expect(reason().value).toBe('I still know my password.');
    expect(editor.calls).toEqual(['insertText']);
  });

  it('starts a new paragraph after existing text when adding at the end', async () => {
    reason().value = 'I lost my phone.';
    await applyWrite(c, { kind: 'insert', text: 'I still know my password.', at: 'end' }, undo, now);
    expect(reason().value).toBe('I lost my phone.\n\nI still know my password.');
  });

  it('inserts at the caret when the user is in the reason box', async () => {
    reason().value = 'I lost my phone. I still have my email.';
    reason().focus();
    reason().setSelectionRange(16, 16);
    await applyWrite(c, { kind: 'insert', text: ' It fell into a lake.', at: 'caret' }, undo, now);
    expect(reason().value).toBe('I lost my phone. It fell into a lake. I still have my email.');
  });

  it('adds at the end, not at position 0, when the reason box never had the focus', async () => {
    reason().value = 'First.';
    (document.activeElement as HTMLElement | null)?.blur();
    await applyWrite(c, { kind: 'insert', text: 'Second.', at: 'caret' }, undo, now);
    expect(reason().value).toBe('First.\n\nSecond.');
  });

  it('selects the first [blank] so the user types straight over it', async () => {
    await applyWrite(c, { kind: 'insert', text: 'I lost it in [month and year] at [place].', at: 'end' }, undo, now);
    const el = reason();
    expect(el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0)).toBe('[month and year]');
  });

  it('falls back to the native setter + input event when the browser has no insertText', async () => {
    editor.restore();
    const seen: string[] = [];
    reason().addEventListener('input', () => seen.push(reason().value));
    await applyWrite(c, { kind: 'insert', text: 'Plain fallback.', at: 'end' }, undo, now);
    expect(reason().value).toBe('Plain fallback.');
    expect(seen).toEqual(['Plain fallback.']);
  });

  it('writes it again once if the page re-renders the old value, and says so if it still does', async () => {
    let renders = 0;
    const stubborn: Settle = async () => {
      renders++;
      reason().value = '';
    };
    const result = await applyWrite(c, { kind: 'insert', text: 'Lost.', at: 'end' }, undo, stubborn);
    expect(renders).toBe(2);
    expect(result.ok).toBe(false);
    expect(result.code).toBe('reason-reverted');
    expect(undo.canUndo).toBe(false);
  });

  it('keeps odd text exactly: HTML, emoji, right-to-left, very long', async () => {
    const text = `<script>alert(1)</script> 🔐 שלום ${'x'.repeat(200_000)}`;
    expect((await applyWrite(c, { kind: 'insert', text, at: 'end' }, undo, now)).ok).toBe(true);
    expect(reason().value).toBe(text);
  });

  it('refuses, with a reason the panel can word, when the reason box is gone', async () => {
    const result = await applyWrite({ ...c, reason: null }, { kind: 'insert', text: 'x', at: 'end' }, undo, now);
    expect(result).toEqual({
      ok: false,
      code: 'reason-missing',
      canUndo: false,
    });
  });
});

describe('username, redaction and restore', () => {
  it('replaces the username, keeping it on one line', async () => {
    c.username!.value = 'me@example.org';
    await applyWrite(c, { kind: 'username', value: '`octo-maintainer`\n' }, undo, now);
    expect(c.username!.value).toBe('`octo-maintainer` ');
  });

  it('removes secret spans with one edit, only while the text is what was checked', async () => {
    reason().value = 'My password is hunter2 and code 123456.';
    const spans = [
      { start: 15, end: 22 },
      { start: 32, end: 38 },
    ];
    const stale = await applyWrite(
      c,
      { kind: 'redact', field: 'reason', spans, expected: 'something else' },
      undo,
      now,
    );
    expect(stale.ok).toBe(false);
    expect(reason().value).toBe('My password is hunter2 and code 123456.');
    await applyWrite(c, { kind: 'redact', field: 'reason', spans, expected: reason().value }, undo, now);
    expect(reason().value).toBe('My password is [removed] and code [removed].');
  });

  it('rejects spans outside the text and leaves the field untouched', async () => {
    reason().value = 'short';
    const result = await applyWrite(
      c,
      { kind: 'redact', field: 'reason', spans: [{ start: 2, end: 99 }], expected: 'short' },
      undo,
      now,
    );
    expect(result.ok).toBe(false);
    expect(reason().value).toBe('short');
  });

  it('restores both fields, or neither when the second one fails', async () => {
    c.username!.value = 'typed';
    const ok = await applyWrite(c, { kind: 'restore', username: 'saved-user', reason: 'Saved reason.' }, undo, now);
    expect(ok.ok).toBe(true);
    expect([c.username!.value, reason().value]).toEqual(['saved-user', 'Saved reason.']);
    const broken = await applyWrite(
      { ...c, reason: null },
      { kind: 'restore', username: 'other', reason: 'x' },
      undo,
      now,
    );
    expect(broken.ok).toBe(false);
    expect(c.username!.value).toBe('saved-user');
  });
});

describe('ticking boxes', () => {
  it('clicks the box (so React hears it) and reports success', async () => {
    let clicks = 0;
    c.codeOfConduct!.addEventListener('click', () => clicks++);
    expect((await applyWrite(c, { kind: 'tick', box: 'codeOfConduct' }, undo, now)).ok).toBe(true);
    expect(c.codeOfConduct!.checked).toBe(true);
    expect(clicks).toBe(1);
  });

  it('clicks once more when a re-render reset the box', async () => {
    const box = c.acknowledgement!;
    let resets = 1;
    const rerender: Settle = async () => {
      if (resets-- > 0) box.checked = false;
    };
    expect((await applyWrite(c, { kind: 'tick', box: 'acknowledgement' }, undo, rerender)).ok).toBe(true);
    expect(box.checked).toBe(true);
  });

  it('gives up after one retry and says the page did not keep it', async () => {
    const box = c.acknowledgement!;
    const result = await applyWrite(c, { kind: 'tick', box: 'acknowledgement' }, undo, async () => {
      box.checked = false;
    });
    expect(result.ok).toBe(false);
    expect(result.code).toBe('box-refused');
  });
});

describe("undoing the extension's own writes", () => {
  it('takes back an insertion and a tick, most recent first', async () => {
    reason().value = 'Mine.';
    await applyWrite(c, { kind: 'insert', text: 'Added.', at: 'end' }, undo, now);
    await applyWrite(c, { kind: 'tick', box: 'recoveryCodes' }, undo, now);
    expect((await applyWrite(c, { kind: 'undo' }, undo, now)).canUndo).toBe(true);
    expect(c.recoveryCodes!.checked).toBe(false);
    const last = await applyWrite(c, { kind: 'undo' }, undo, now);
    expect(last).toEqual({ ok: true, canUndo: false });
    expect(reason().value).toBe('Mine.');
  });

  it('refuses to undo over text the user typed since', async () => {
    await applyWrite(c, { kind: 'insert', text: 'Added.', at: 'end' }, undo, now);
    reason().value += ' And my own words.';
    const result = await applyWrite(c, { kind: 'undo' }, undo, now);
    expect(result.ok).toBe(false);
    expect(reason().value).toBe('Added. And my own words.');
  });

  it('says there is nothing to undo', async () => {
    expect((await applyWrite(c, { kind: 'undo' }, undo, now)).code).toBe('nothing-to-undo');
  });
});
