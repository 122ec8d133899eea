/**
 * Every CSS selector that names GitHub markup, kept in one place so a GitHub redesign is a one-file fix.
 * Class names are matched by prefix only (`[class^=…]`/`[class*=…]`): the suffixes are build hashes.
 * Sources: ../shared/research/github-dom.md §1 (classic Rails form) and §2 (React issue-creation page).
 */

/** Open modal containers, searched before the page: the recovery form may sit inside one. */
export const DIALOG = '[role="dialog"], dialog[open]';

/** Text controls a field label can point at (never checkboxes, hidden inputs or buttons). */
export const TEXT_CONTROL =
  'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"]';

export const CHECKBOX = 'input[type="checkbox"]';

/** Signs of the classic server-rendered form (`issue_form[<key>]` names, Rails test selectors). */
export const LEGACY_MARKERS = '[name^="issue_form["], textarea.issue-form-textarea, #issue_body_template_name';

/** The signed-in login GitHub puts in every page head (empty content when signed out). */
export const USER_LOGIN_META = 'meta[name="user-login"]';

/**
 * Classic field ids and names derived from the label (2022: slug of the label). Later versions hash the
 * label (sha256), which we cannot guess cheaply, so those pages rely on `label[for]` instead.
 */
export function legacyNameSelectors(label: string): string[] {
  const base = label.trim().toLowerCase();
  const underscore = base.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  const dash = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (underscore.length === 0) return [];
  return [`[name="issue_form[${underscore}]"]`, `[name="issue_form[${dash}]"]`, `[id="issue_form_${underscore}"]`];
}

/** The React page's submit button ("Create"); the test id is GitHub's own and outlives class renames. */
export const SUBMIT_TEST_ID = '[data-testid="create-issue-button"]';

/** Buttons that can send the form, for the fallbacks that go by their words. */
export const SUBMIT_CONTROL = 'button, input[type="submit"]';
