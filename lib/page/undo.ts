import type { CheckboxKey } from '../engine/form/definition';

/** One text field's value before and after one of this extension's writes. */
export interface TextChange {
  field: 'username' | 'reason';
  before: string;
  after: string;
}

/** A write this extension made, with what is needed to take it back. */
export type UndoEntry = { kind: 'text'; changes: TextChange[] } | { kind: 'tick'; box: CheckboxKey };

/** Enough for any real session; older entries are dropped so a long session cannot grow it without end. */
const LIMIT = 50;

/**
 * Only this extension's own writes: the user's typing has the browser's own Ctrl+Z. An entry is applied
 * only if the field still holds what we wrote (see write.ts), so undo never clobbers later typing.
 */
export class UndoStack {
  private entries: UndoEntry[] = [];

  push(entry: UndoEntry): void {
    this.entries.push(entry);
    if (this.entries.length > LIMIT) this.entries.shift();
  }

  pop(): UndoEntry | undefined {
    return this.entries.pop();
  }

  get canUndo(): boolean {
    return this.entries.length > 0;
  }

  clear(): void {
    this.entries = [];
  }
}
