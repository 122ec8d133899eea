import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FormControls } from '../../../lib/page/fields';
import { UndoStack } from '../../../lib/page/undo';
import { applyWrite, type Settle } from '../../../lib/page/write';
import { WriteResultSchema, type Write } from '../../../lib/protocol/messages';
import { WRITE_ERROR_CODES } from '../../../lib/protocol/write-error';
import { fakeExecCommand, loadForm } from './helpers';

/**
 * Every way a write can fail carries a stable code next to its English sentence, so the panel can word
 * it in the user's language; and the schema keeps a reply readable when the code is one it does not know.
 */

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

const failed = async (write: Write, controls: FormControls = c, settle: Settle = now) => {
  const result = await applyWrite(controls, write, undo, settle);
  expect(result.ok).toBe(false);
  // The page sends a code only: the panel and the leak prompt word it in the reader's language.
  expect(result.error).toBeUndefined();
  return result.code;
};

describe('failure codes from the page', () => {
  it('names a missing field or box', async () => {
    expect(await failed({ kind: 'insert', text: 'x', at: 'end' }, { ...c, reason: null })).toBe('reason-missing');
    expect(await failed({ kind: 'username', value: 'octo' }, { ...c, username: null })).toBe('username-missing');
    expect(await failed({ kind: 'tick', box: 'codeOfConduct' }, { ...c, codeOfConduct: null })).toBe('box-missing');
  });

  it('tells a refused edit from one the page put back', async () => {
    c.reason!.value = 'Mine.';
    const putBack: Settle = async () => {
      c.reason!.value = 'Mine.';
    };
    expect(await failed({ kind: 'insert', text: 'Added.', at: 'end' }, c, putBack)).toBe('reason-reverted');
    expect(
      await failed({ kind: 'username', value: 'octo' }, c, async () => {
        c.username!.value = '';
      }),
    ).toBe('username-refused');
    expect(
      await failed({ kind: 'tick', box: 'codeOfConduct' }, c, async () => {
        c.codeOfConduct!.checked = false;
      }),
    ).toBe('box-refused');
  });

  it('says why a redaction is stale or empty', async () => {
    c.reason!.value = 'my code is 123456';
    expect(
      await failed({ kind: 'redact', field: 'reason', spans: [{ start: 11, end: 17 }], expected: 'older text' }),
    ).toBe('text-changed');
    expect(
      await failed({ kind: 'redact', field: 'reason', spans: [{ start: 11, end: 99 }], expected: c.reason!.value }),
    ).toBe('span-gone');
    expect(await failed({ kind: 'redact', field: 'reason', spans: [], expected: c.reason!.value })).toBe(
      'nothing-to-remove',
    );
    expect(await failed({ kind: 'insert', text: '', at: 'end' })).toBe('nothing-to-insert');
  });

  it('explains an undo that cannot be done', async () => {
    expect(await failed({ kind: 'undo' })).toBe('nothing-to-undo');
    await applyWrite(c, { kind: 'insert', text: 'Added.', at: 'end' }, undo, now);
    c.reason!.value += ' My own words.';
    expect(await failed({ kind: 'undo' })).toBe('edited-since');
  });

  it('reports a page that throws midway as page-error, text put back', async () => {
    c.reason!.value = 'Mine.';
    const throwing: Settle = async () => {
      throw new Error('a listener on the page threw');
    };
    expect(await failed({ kind: 'insert', text: 'Added.', at: 'end' }, c, throwing)).toBe('page-error');
    expect(c.reason!.value).toBe('Mine.');
  });
});

describe('the result schema', () => {
  it('keeps a known code, and drops an unknown one without losing the sentence', () => {
    for (const code of WRITE_ERROR_CODES) {
      expect(WriteResultSchema.parse({ ok: false, error: 'x', code }).code).toBe(code);
    }
    const newer = WriteResultSchema.safeParse({
      ok: false,
      error: 'Something new went wrong.',
      code: 'from-a-newer-page-script',
    });
    expect(newer.success).toBe(true);
    expect(newer.data).toEqual({ ok: false, error: 'Something new went wrong.', code: undefined, canUndo: false });
    expect(WriteResultSchema.parse({ ok: true, canUndo: true })).toEqual({ ok: true, canUndo: true });
  });
});
