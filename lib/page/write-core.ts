import type { WriteErrorCode, WriteResult } from '../protocol/types';
import { replaceAll, setValueWithEvent } from './edit';
import type { FormControls, TextControl } from './fields';
import type { TextChange, UndoStack } from './undo';

/** The pieces every write (and undo) shares: settling, reading back, setting whole fields, clicking boxes. */

/** Waits for the page to re-render (React may reset a control it did not see change). */
export type Settle = () => Promise<void>;
export const settleTimeout: Settle = () => new Promise((resolve) => setTimeout(resolve, 60));

/**
 * A failure, as a code: the panel and the leak prompt word it in the user's language, so the page carries
 * no sentences of its own.
 */
export interface WriteFailure {
  code: WriteErrorCode;
}
export const failure = (code: WriteErrorCode): WriteFailure => ({ code });
export const fail = ({ code }: WriteFailure, undo: UndoStack): WriteResult => ({
  ok: false,
  code,
  canUndo: undo.canUndo,
});
export const done = (undo: UndoStack): WriteResult => ({ ok: true, canUndo: undo.canUndo });

/**
 * After the page settles, check the value stayed; if a re-render put the old one back, set it once more
 * through the fallback path. Returns false (field left as the page has it) when it still does not hold.
 */
export async function holds(el: TextControl, value: string, settle: Settle): Promise<boolean> {
  await settle();
  if (el.value === value) return true;
  setValueWithEvent(el, value);
  await settle();
  return el.value === value;
}

/** Set whole fields one after another; if a later one fails, the earlier ones are put back. */
export async function setFields(
  controls: FormControls,
  values: Array<{ field: 'username' | 'reason'; value: string }>,
  settle: Settle,
): Promise<{ changes: TextChange[] } | WriteFailure> {
  const changes: TextChange[] = [];
  const rollBack = () => {
    for (const c of changes.reverse()) {
      const el = controls[c.field];
      if (el) replaceAll(el, c.before);
    }
  };
  for (const { field, value } of values) {
    const el = controls[field];
    if (!el) {
      rollBack();
      return failure(`${field}-missing`);
    }
    const before = el.value;
    if (before === value) continue;
    if (!replaceAll(el, value) || !(await holds(el, value, settle))) {
      if (el.value !== before) setValueWithEvent(el, before);
      rollBack();
      return failure(`${field}-refused`);
    }
    changes.push({ field, before, after: value });
  }
  return { changes };
}

/** Click (never set `.checked`: React ignores that), read back, click once more if a re-render reset it. */
export async function setBox(box: HTMLInputElement, checked: boolean, settle: Settle): Promise<boolean> {
  for (let attempt = 0; attempt < 2 && box.checked !== checked; attempt++) {
    box.click();
    await settle();
  }
  return box.checked === checked;
}
