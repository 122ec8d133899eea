import {
  CHECKBOX_FIELDS,
  fieldForLabel,
  normaliseLabel,
  REASON_FIELD,
  USERNAME_FIELD,
  type CheckboxFieldDef,
  type CheckboxKey,
  type TextFieldDef,
} from '../engine/form/definition';
import { labelledByTexts, labelsFor, labelText } from './labels';
import { CHECKBOX, legacyNameSelectors, TEXT_CONTROL } from './selectors';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The form's controls found in one root; `null` = that control is not there. */
export interface FormControls {
  username: TextControl | null;
  reason: TextControl | null;
  recoveryCodes: HTMLInputElement | null;
  codeOfConduct: HTMLInputElement | null;
  acknowledgement: HTMLInputElement | null;
}

const names = (text: string, key: string): boolean => fieldForLabel(text)?.key === key;
const isText = (el: Element | null): el is TextControl => el?.matches(TEXT_CONTROL) === true;
const inside = (root: ParentNode, el: Element): boolean => root === el || (root as Node).contains(el);

type TextStrategy = (root: ParentNode, def: TextFieldDef) => TextControl | null;

/**
 * Ordered: the strongest link between a label and its control first. Each is tested on its own
 * (tests/unit/page/fields.test.ts), so a GitHub change that breaks one still finds the field.
 */
export const TEXT_STRATEGIES: ReadonlyArray<readonly [string, TextStrategy]> = [
  [
    'aria-labelledby',
    (root, def) =>
      Array.from(root.querySelectorAll<TextControl>(TEXT_CONTROL)).find(
        (c) => c.hasAttribute('aria-labelledby') && labelledByTexts(c).some((t) => names(t, def.key)),
      ) ?? null,
  ],
  [
    'label[for]',
    (root, def) => {
      for (const label of Array.from(root.querySelectorAll('label[for]'))) {
        if (!names(labelText(label), def.key)) continue;
        const target = label.ownerDocument.getElementById(label.getAttribute('for') ?? '');
        if (isText(target) && inside(root, target)) return target;
      }
      return null;
    },
  ],
  [
    'wrapping label',
    (root, def) => {
      for (const label of Array.from(root.querySelectorAll('label'))) {
        const control = label.querySelector(TEXT_CONTROL);
        if (isText(control) && names(labelText(label), def.key)) return control;
      }
      return null;
    },
  ],
  [
    'aria-label',
    (root, def) =>
      Array.from(root.querySelectorAll<TextControl>(TEXT_CONTROL)).find((c) =>
        names(c.getAttribute('aria-label') ?? '', def.key),
      ) ?? null,
  ],
  [
    'issue_form name',
    (root, def) => {
      for (const sel of [def.label, ...def.aliases].flatMap(legacyNameSelectors)) {
        const found = root.querySelector(sel);
        if (isText(found)) return found;
      }
      return null;
    },
  ],
];

export function findTextControl(root: ParentNode, def: TextFieldDef): TextControl | null {
  for (const [, strategy] of TEXT_STRATEGIES) {
    const found = strategy(root, def);
    if (found) return found;
  }
  return null;
}

/**
 * The words next to one checkbox, normalised: its label, the elements it is labelled by, or (classic form)
 * its value. Kept per box for one look at the page: each of the three boxes' definitions asks about every box.
 */
let optionMemo = new WeakMap<HTMLInputElement, string[]>();
function optionTexts(box: HTMLInputElement): string[] {
  const known = optionMemo.get(box);
  if (known) return known;
  const texts = [...labelledByTexts(box), ...labelsFor(box).map(labelText)];
  const wrapping = box.closest('label');
  if (wrapping) texts.push(labelText(wrapping));
  texts.push(box.getAttribute('aria-label') ?? '', box.getAttribute('value') ?? '');
  const normalised = texts.map(normaliseLabel);
  optionMemo.set(box, normalised);
  return normalised;
}

type BoxStrategy = (root: ParentNode, def: CheckboxFieldDef) => HTMLInputElement | null;

/** A group container (fieldset/legend, or role=group labelled by a heading) holding exactly one box. */
function onlyBoxIn(group: Element): HTMLInputElement | null {
  const boxes = group.querySelectorAll<HTMLInputElement>(CHECKBOX);
  return boxes.length === 1 ? (boxes[0] ?? null) : null;
}

export const BOX_STRATEGIES: ReadonlyArray<readonly [string, BoxStrategy]> = [
  [
    'option label',
    (root, def) => {
      const wanted = normaliseLabel(def.option);
      return (
        Array.from(root.querySelectorAll<HTMLInputElement>(CHECKBOX)).find((b) => optionTexts(b).includes(wanted)) ??
        null
      );
    },
  ],
  [
    'fieldset legend',
    (root, def) => {
      for (const legend of Array.from(root.querySelectorAll('fieldset > legend'))) {
        if (names(labelText(legend), def.key) && legend.parentElement) return onlyBoxIn(legend.parentElement);
      }
      return null;
    },
  ],
  [
    'group aria-labelledby',
    (root, def) => {
      for (const group of Array.from(
        root.querySelectorAll('[role="group"][aria-labelledby], fieldset[aria-labelledby]'),
      )) {
        if (labelledByTexts(group).some((t) => names(t, def.key))) return onlyBoxIn(group);
      }
      return null;
    },
  ],
];

export function findCheckbox(root: ParentNode, def: CheckboxFieldDef): HTMLInputElement | null {
  for (const [, strategy] of BOX_STRATEGIES) {
    const found = strategy(root, def);
    if (found) return found;
  }
  return null;
}

export function findControls(root: ParentNode): FormControls {
  // Labels may have changed since the last look (React re-renders): start from a fresh memo each time.
  optionMemo = new WeakMap();
  const boxes = {} as Record<CheckboxKey, HTMLInputElement | null>;
  for (const def of CHECKBOX_FIELDS) boxes[def.key] = findCheckbox(root, def);
  return {
    username: findTextControl(root, USERNAME_FIELD),
    reason: findTextControl(root, REASON_FIELD),
    recoveryCodes: boxes.recoveryCodes,
    codeOfConduct: boxes.codeOfConduct,
    acknowledgement: boxes.acknowledgement,
  };
}
