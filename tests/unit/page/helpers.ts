import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageState, type DetectedForm } from '../../../lib/page/detect';

/** Test helpers for lib/github: load a fixture page into happy-dom's document, and a fake editor. */

export const FORM_URL = 'https://github.com/pypi/support/issues/new?template=account-recovery.yml';
export const ISSUES_URL = 'https://github.com/pypi/support/issues';

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(__dirname, '../../fixtures/github', name), 'utf8');
}

/** Puts a fixture's head and body into the test document (its scripts do not run here). */
export function loadFixture(name: string): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  parsed.querySelectorAll('script').forEach((s) => {
    s.remove();
  });
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  return document;
}

/** Loads a fixture of the recovery form and returns the form as the content script finds it. */
export function loadForm(name: string): DetectedForm {
  loadFixture(name);
  const state = pageState(document, FORM_URL);
  if (state.kind !== 'form') throw new Error(`${name}: the recovery form was not found`);
  return state.form;
}

/** The React form fixture's controls wrapped in an open dialog on the issue list, as GitHub's modal shows it. */
export function loadDialog(): Document {
  const form = new DOMParser()
    .parseFromString(fixtureHtml('react-form.html'), 'text/html')
    .querySelector('[data-react-root]');
  loadFixture('dialog.html');
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.append(document.importNode(form as Element, true));
  document.body.append(dialog);
  return document;
}

/**
 * happy-dom has no `document.execCommand`. This stand-in behaves like Chrome's insertText on a focused
 * text control: replaces the selection, fires a bubbling `input` event, and records the edit so a test
 * can tell the editor's path was taken.
 */
export function fakeExecCommand(): { calls: string[]; restore: () => void } {
  const calls: string[] = [];
  const doc = document as unknown as { execCommand?: unknown };
  const had = Object.hasOwn(doc, 'execCommand');
  const previous = doc.execCommand;
  doc.execCommand = (command: string, _ui?: boolean, text = ''): boolean => {
    const el = document.activeElement;
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return false;
    calls.push(command);
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? 0;
    if (command === 'insertText') el.setRangeText(text, start, end, 'end');
    else if (command === 'delete') el.setRangeText('', start === end ? Math.max(0, start - 1) : start, end, 'end');
    else return false;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  };
  return {
    calls,
    restore: () => {
      if (had) doc.execCommand = previous;
      else delete doc.execCommand;
    },
  };
}
