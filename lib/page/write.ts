import type { CheckboxKey } from '../engine/form/definition';
import { redact } from '../engine/redact';
import type { Write, WriteResult } from '../protocol/types';
import { replaceRange, selectFirstBlank, setValueWithEvent } from './edit';
import type { FormControls, TextControl } from './fields';
import { undoEntry } from './undo-apply';
import type { UndoStack } from './undo';
import { done, fail, failure, holds, setBox, setFields, settleTimeout, type Settle } from './write-core';

export { settleTimeout, type Settle } from './write-core';

/** Gap between what is there and an insertion at the end, so wording starts on its own paragraph. */
function separatorFor(existing: string): string {
  if (existing.trim() === '') return '';
  if (existing.endsWith('\n\n')) return '';
  return existing.endsWith('\n') ? '\n' : '\n\n';
}

async function insert(el: TextControl, text: string, at: 'caret' | 'end', undo: UndoStack, settle: Settle) {
  const before = el.value;
  // A textarea keeps its selection after losing focus to the panel; an untouched one reports 0, so the
  // caret only counts while the reason is the page's active element.
  const useCaret = at === 'caret' && el.ownerDocument.activeElement === el;
  const pos = useCaret ? (el.selectionEnd ?? before.length) : before.length;
  const piece = (useCaret ? '' : separatorFor(before)) + text;
  if (!replaceRange(el, pos, pos, piece)) return fail(failure('reason-refused'), undo);
  const after = el.value;
  if (!(await holds(el, after, settle))) return fail(failure('reason-reverted'), undo);
  selectFirstBlank(el, pos + piece.length - text.length, text);
  undo.push({ kind: 'text', changes: [{ field: 'reason', before, after }] });
  return done(undo);
}

/**
 * Replace each span with `[removed]` in one edit, only if the field still holds the text that was checked.
 * The same redact() as the engine's own, so overlapping spans merge here exactly as they do there.
 */
async function redactField(
  controls: FormControls,
  write: Extract<Write, { kind: 'redact' }>,
  undo: UndoStack,
  settle: Settle,
) {
  const el = controls[write.field];
  if (!el) return fail(failure(`${write.field}-missing`), undo);
  if (el.value !== write.expected) return fail(failure('text-changed'), undo);
  if (write.spans.length === 0) return fail(failure('nothing-to-remove'), undo);
  if (write.spans.some(({ start, end }) => end <= start || end > el.value.length)) {
    return fail(failure('span-gone'), undo);
  }
  const result = await setFields(controls, [{ field: write.field, value: redact(el.value, write.spans) }], settle);
  if ('code' in result) return fail(result, undo);
  undo.push({ kind: 'text', changes: result.changes });
  return done(undo);
}

async function tick(controls: FormControls, key: CheckboxKey, undo: UndoStack, settle: Settle) {
  const box = controls[key];
  if (!box) return fail(failure('box-missing'), undo);
  if (box.checked) return done(undo);
  if (!(await setBox(box, true, settle))) return fail(failure('box-refused'), undo);
  undo.push({ kind: 'tick', box: key });
  return done(undo);
}

/** Carries out one write from the panel on the controls found now. Never throws. */
export async function applyWrite(
  controls: FormControls,
  write: Write,
  undo: UndoStack,
  settle: Settle = settleTimeout,
): Promise<WriteResult> {
  const before = { username: controls.username?.value, reason: controls.reason?.value };
  try {
    switch (write.kind) {
      case 'insert':
        if (!controls.reason) return fail(failure('reason-missing'), undo);
        if (write.text === '') return fail(failure('nothing-to-insert'), undo);
        return await insert(controls.reason, write.text, write.at, undo, settle);
      case 'username':
      case 'restore': {
        const values =
          write.kind === 'username'
            ? [{ field: 'username' as const, value: write.value.replace(/[\r\n]+/g, ' ') }]
            : [
                { field: 'username' as const, value: write.username.replace(/[\r\n]+/g, ' ') },
                { field: 'reason' as const, value: write.reason },
              ];
        const result = await setFields(controls, values, settle);
        if ('code' in result) return fail(result, undo);
        if (result.changes.length > 0) undo.push({ kind: 'text', changes: result.changes });
        return done(undo);
      }
      case 'redact':
        return await redactField(controls, write, undo, settle);
      case 'tick':
        return await tick(controls, write.box, undo, settle);
      case 'undo':
        return await undoEntry(controls, undo, settle);
    }
  } catch {
    // The page threw midway (a control that refuses selection, a listener): put back any text already changed.
    for (const field of ['username', 'reason'] as const) {
      const el = controls[field];
      const was = before[field];
      if (el && was !== undefined && el.value !== was) setValueWithEvent(el, was);
    }
    return fail(failure('page-error'), undo);
  }
}
