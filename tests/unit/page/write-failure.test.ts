import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormControls } from '../../../lib/page/fields';
import { UndoStack } from '../../../lib/page/undo';
import { applyWrite, type Settle } from '../../../lib/page/write';
import { fakeExecCommand, loadForm } from './helpers';

/**
 * "A failed write leaves the field exactly as it was": each way the page can refuse a write, and the
 * text the user had, character for character, afterwards.
 */

const TYPED_USER = '  `octo-maintainer`  ';
const TYPED_REASON = 'I lost my phone.\n\nשלום 🔐 <b>not bold</b>\u200b';

let c: FormControls;
let undo: UndoStack;
let editor: ReturnType<typeof fakeExecCommand>;

beforeEach(() => {
  c = loadForm('react-form.html').controls;
  c.username!.value = TYPED_USER;
  c.reason!.value = TYPED_REASON;
  undo = new UndoStack();
  editor = fakeExecCommand();
});
afterEach(() => editor.restore());

/** A page that re-renders the given fields from its own state, which never took our change. */
const revertsTo =
  (fields: Array<'username' | 'reason'>): Settle =>
  async () => {
    if (fields.includes('username')) c.username!.value = TYPED_USER;
    if (fields.includes('reason')) c.reason!.value = TYPED_REASON;
  };

const unchanged = () => {
  expect(c.username!.value).toBe(TYPED_USER);
  expect(c.reason!.value).toBe(TYPED_REASON);
  expect(undo.canUndo).toBe(false);
};

describe('a write the page refuses leaves the text as the user had it', () => {
  it('an insertion the page keeps undoing', async () => {
    const result = await applyWrite(
      c,
      { kind: 'insert', text: 'It happened in May.', at: 'end' },
      undo,
      revertsTo(['reason']),
    );
    expect(result.ok).toBe(false);
    unchanged();
  });

  it('a redaction the page keeps undoing', async () => {
    const spans = [{ start: 2, end: 6 }];
    const result = await applyWrite(
      c,
      { kind: 'redact', field: 'reason', spans, expected: TYPED_REASON },
      undo,
      revertsTo(['reason']),
    );
    expect(result.ok).toBe(false);
    unchanged();
  });

  it('a restore whose second field is refused puts the first one back too', async () => {
    const result = await applyWrite(
      c,
      { kind: 'restore', username: 'saved-user', reason: 'Saved reason.' },
      undo,
      revertsTo(['reason']),
    );
    expect(result.ok).toBe(false);
    expect(result.code).toBe('reason-refused');
    unchanged();
  });

  it('a username the page rewrites into something else is not left half-done', async () => {
    // A page that "normalises" what it is given: upper-cases every value set from outside.
    const rewrite: Settle = async () => {
      if (c.username!.value !== TYPED_USER) c.username!.value = c.username!.value.toUpperCase();
    };
    const result = await applyWrite(c, { kind: 'username', value: 'octo-maintainer' }, undo, rewrite);
    expect(result.ok).toBe(false);
    unchanged();
  });

  it('a control that throws while being edited', async () => {
    c.reason!.setSelectionRange = () => {
      throw new DOMException('not supported', 'InvalidStateError');
    };
    const result = await applyWrite(c, { kind: 'insert', text: 'More.', at: 'end' }, undo, async () => undefined);
    expect(result.ok).toBe(false);
    expect(result.code).toBe('page-error');
    unchanged();
  });

  it('a control that throws after the text went in (placing the caret)', async () => {
    const el = c.reason!;
    const native = el.setSelectionRange.bind(el);
    let calls = 0;
    el.setSelectionRange = (start: number, end: number) => {
      if (++calls > 1) throw new DOMException('not supported', 'InvalidStateError');
      native(start, end);
    };
    const result = await applyWrite(c, { kind: 'insert', text: 'More.', at: 'end' }, undo, async () => undefined);
    // Either it worked (and can be undone) or the text is as it was: never changed-but-reported-failed.
    if (result.ok) expect(undo.canUndo).toBe(true);
    else unchanged();
  });

  it('a redaction of text that changed since it was checked', async () => {
    const result = await applyWrite(
      c,
      { kind: 'redact', field: 'reason', spans: [{ start: 0, end: 1 }], expected: `${TYPED_REASON}!` },
      undo,
      async () => undefined,
    );
    expect(result.ok).toBe(false);
    unchanged();
  });
});
