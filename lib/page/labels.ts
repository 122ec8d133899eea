/** Reading the visible text of labels and legends, and the label texts a control carries. */

/** Text that a control inside a label would add (a textarea's default value) is not label text. */
const SKIP = new Set(['TEXTAREA', 'SELECT', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** The label's own words, without the text of controls nested in it. Bounded: labels are short. */
export function labelText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (out.length > 500) return;
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !SKIP.has((child as Element).tagName)) walk(child);
    }
  };
  walk(el);
  return out;
}

/** Elements named by an `aria-labelledby` list, looked up in the control's own document. */
export function labelledByTexts(control: Element): string[] {
  const ids = (control.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  const doc = control.ownerDocument;
  const texts = ids
    .map((id) => doc.getElementById(id))
    .filter((e): e is HTMLElement => e !== null)
    .map(labelText);
  return texts.length > 1 ? [...texts, texts.join(' ')] : texts;
}

/** `label[for=id]` elements anywhere in the control's document (ids may hold `:` as React's do). */
export function labelsFor(control: Element): Element[] {
  const id = control.getAttribute('id');
  if (!id) return [];
  // The browser's own list of a control's labels; the document-wide search only where it is missing.
  const native = (control as HTMLInputElement).labels;
  if (native) return Array.from(native).filter((l) => l.getAttribute('for') === id);
  return Array.from(control.ownerDocument.querySelectorAll('label[for]')).filter((l) => l.getAttribute('for') === id);
}
