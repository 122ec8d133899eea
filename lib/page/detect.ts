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

/** Open dialogs first (GitHub's "New issue" modal sits over a page that may hold other forms). */
export function detectForm(doc: Document): DetectedForm | null {
  for (const dialog of Array.from(doc.querySelectorAll(DIALOG))) {
    if (!isOpen(dialog)) continue;
    const controls = findControls(dialog);
    if (recognised(controls)) return { variant: 'dialog', root: dialog, controls };
  }
  const controls = findControls(doc);
  return recognised(controls) ? { variant: sniffVariant(doc, controls), root: doc, controls } : null;
}

/** The dialog variant counts wherever it opens; the full-page variants only on the recovery form's URL. */
export function pageState(doc: Document, href: string): PageState {
  const onFormUrl = isRecoveryFormUrl(href);
  const form = detectForm(doc);
  if (form && (form.variant === 'dialog' || onFormUrl)) return { kind: 'form', form };
  return onFormUrl ? { kind: 'unrecognised' } : { kind: 'none' };
}
