import type { FormControls } from './fields';
import type { WriteResult } from '../protocol/types';
import { done, fail, failure, setBox, setFields, type Settle } from './write-core';
import type { UndoStack } from './undo';

/**
 * Takes back the last write this extension made, through the same input path (so the browser's own
 * Ctrl+Z can redo it). Refuses, rather than clobbering, when the user has edited the field since.
 */
export async function undoEntry(controls: FormControls, undo: UndoStack, settle: Settle): Promise<WriteResult> {
  const entry = undo.pop();
  if (!entry) return fail(failure('nothing-to-undo'), undo);
  if (entry.kind === 'tick') {
    const box = controls[entry.box];
    if (!box) return fail(failure('box-missing'), undo);
    if (!box.checked) return done(undo);
    if (!(await setBox(box, false, settle))) return fail(failure('box-refused'), undo);
    return done(undo);
  }
  const edited = entry.changes.some((c) => controls[c.field]?.value !== c.after);
  if (edited) return fail(failure('edited-since'), undo);
  const result = await setFields(
    controls,
    entry.changes.map((c) => ({ field: c.field, value: c.before })),
    settle,
  );
  if ('code' in result) {
    undo.push(entry);
    return fail(result, undo);
  }
  return done(undo);
}
