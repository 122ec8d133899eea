import type { Variant } from '../protocol/types';
import { findControls, type FormControls } from './fields';
import { DIALOG, LEGACY_MARKERS } from './selectors';

/** The recovery form as found on the page: where it is, which of GitHub's renderings, and its controls. */
export interface DetectedForm {
  variant: Variant;
  root: ParentNode;
  controls: FormControls;
}

/** What the page holds, for the content script to report. */
export type PageState =
  | { kind: 'form'; form: DetectedForm }
  /** The URL is the recovery form's, but its fields are not where we look: say so, do not guess. */
  | { kind: 'unrecognised' }
  | { kind: 'none' };

/**
 * `/pypi/support/issues/new?template=account-recovery.yml` (a trailing slash or extra parameters do not
 * matter). Other templates and the template chooser are not the recovery form.
 */
export function isRecoveryFormUrl(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  return (
    url.hostname === 'github.com' &&
    /^\/pypi\/support\/issues\/new\/?$/i.test(url.pathname) &&
    url.searchParams.get('template') === 'account-recovery.yml'
  );
}

/**
 * Both text fields must be found: reporting a form with its username box unseen would tell the user
 * their username is missing when it is not. Checkboxes may be absent (older forms lack some groups).
 */
const recognised = (c: FormControls): boolean => c.username !== null && c.reason !== null;

function isOpen(dialog: Element): boolean {
  if (dialog.tagName === 'DIALOG' && !(dialog as HTMLDialogElement).open) return false;
  return dialog.closest('[hidden], [aria-hidden="true"]') === null;
}

function sniffVariant(doc: Document, c: FormControls): Variant {
  const legacyControl = [c.username, c.reason].some((el) => el?.matches(LEGACY_MARKERS));
  if (legacyControl || doc.querySelector('#issue_body_template_name')) return 'legacy';
  // Found by label text and not classic: the React page (its class names are too unstable to require).
  return 'react';
}

/** The form in an open dialog (GitHub's "New issue" modal can open on any page of the repository). */
function detectInDialog(doc: Document): DetectedForm | null {
  for (const dialog of Array.from(doc.querySelectorAll(DIALOG))) {
    if (!isOpen(dialog)) continue;
    const controls = findControls(dialog);
    if (recognised(controls)) return { variant: 'dialog', root: dialog, controls };
  }
  return null;
}

/** The full-page form (classic or React), wherever the page is: the URL is the caller's to check. */
function detectOnPage(doc: Document): DetectedForm | null {
  const controls = findControls(doc);
  return recognised(controls) ? { variant: sniffVariant(doc, controls), root: doc, controls } : null;
}

/** Open dialogs first (GitHub's "New issue" modal sits over a page that may hold other forms), then the page. */
export function detectForm(doc: Document): DetectedForm | null {
  return detectInDialog(doc) ?? detectOnPage(doc);
}

/**
 * The dialog variant counts wherever it opens; the full-page variants only on the recovery form's URL. Off
 * that URL only open dialogs are searched: every other page of the repository costs one selector query.
 */
export function pageState(doc: Document, href: string): PageState {
  const inDialog = detectInDialog(doc);
  if (inDialog) return { kind: 'form', form: inDialog };
  if (!isRecoveryFormUrl(href)) return { kind: 'none' };
  const onPage = detectOnPage(doc);
  return onPage ? { kind: 'form', form: onPage } : { kind: 'unrecognised' };
}

/** What a change to the page may have brought or taken: a dialog, a form field, or the form we hold. */
const WATCHED = `${DIALOG}, textarea, input`;

/**
 * Whether a batch of DOM changes can change what the page holds, so the session need not look again after
 * every unrelated change (GitHub pages change all the time): the form held is gone (a dialog closed, React
 * replaced its controls), or something added is or holds a dialog or a field.
 */
export function mayChangeForm(records: readonly MutationRecord[], held: DetectedForm | null): boolean {
  if (held && ![held.controls.username, held.controls.reason].every((el) => el?.isConnected)) return true;
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.matches(WATCHED) || el.querySelector(WATCHED) !== null) return true;
    }
  }
  return false;
}
