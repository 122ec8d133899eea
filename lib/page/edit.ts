import type { TextControl } from './fields';

/**
 * Changing a text control the way a user would, so GitHub's React state keeps the value and the
 * browser's own undo (Ctrl+Z) can take it back. See github-dom.md §4.
 */

/** The `value` setter of the element's class, skipping any own property React puts on the instance. */
function nativeSetValue(el: TextControl, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el) as object | null;
  while (proto) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) {
      setter.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  el.value = value;
}

/** The fallback path: prototype setter plus a bubbling `input` event, which React's onChange listens to. */
export function setValueWithEvent(el: TextControl, value: string): void {
  nativeSetValue(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function execInsert(el: TextControl, text: string): boolean {
  const doc = el.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * Replace `[start, end)` with `text`. First through `execCommand('insertText')` (keeps the undo stack);
 * if the browser refuses or the value comes out wrong, the native setter + `input` event. Returns
 * false, with the field put back as it was, when neither gives the expected value.
 */
export function replaceRange(el: TextControl, start: number, end: number, text: string): boolean {
  const before = el.value;
  const expected = before.slice(0, start) + text + before.slice(end);
  if (expected === before) return true;
  el.focus();
  el.setSelectionRange(start, end);
  if (execInsert(el, text) && el.value === expected) return true;
  setValueWithEvent(el, expected);
  if (el.value === expected) {
    el.setSelectionRange(start + text.length, start + text.length);
    return true;
  }
  if (el.value !== before) setValueWithEvent(el, before);
  return false;
}

/**
 * Turn `from` into `to` by replacing only the part that differs, so the caret lands near the change
 * and Ctrl+Z restores exactly what was there.
 */
export function replaceAll(el: TextControl, to: string): boolean {
  const from = el.value;
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let tail = 0;
  while (
    tail < from.length - start &&
    tail < to.length - start &&
    from[from.length - 1 - tail] === to[to.length - 1 - tail]
  )
    tail++;
  return replaceRange(el, start, from.length - tail, to.slice(start, to.length - tail));
}

/** A `[blank]` in inserted wording, for the user to type over (`[month and year]`). Bounded, no nesting. */
const BLANK = /\[[^[\]\n]{1,80}\]/;

/** Select the first blank in `text` as inserted at `offset`; leaves the caret after the text if none. */
export function selectFirstBlank(el: TextControl, offset: number, text: string): void {
  const match = BLANK.exec(text);
  if (match) el.setSelectionRange(offset + match.index, offset + match.index + match[0].length);
  else el.setSelectionRange(offset + text.length, offset + text.length);
}
