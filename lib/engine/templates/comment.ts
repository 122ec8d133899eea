import { titleKey } from '../checks';
import type { Check, Report } from '../form/schema';
import { inEnglish } from '../words';

/**
 * The comment the GitHub Action leaves on a request that has something to fix (and that
 * `recovery-check --markdown` prints): the panel's words for each gap, in English, addressed to someone who
 * has already filed. Pure and deterministic. Nothing the author wrote is echoed raw: every piece of text is
 * neutralised (no HTML, no @mention or #reference that would notify anyone, no link or image markup), and
 * secrets and addresses are only named, never repeated.
 */

/** Finds the Action's own comment among an issue's comments; invisible when rendered. */
export const COMMENT_MARKER = '<!-- pypi-recovery-assistant:check -->';

/** The heading both comments open with, under the marker. */
const HEADING = '### Before PyPI support reads this';

/** What both comments close with (in `<sub>`): the check advises, people decide. */
const DISCLAIMER =
  'This is an automatic check of the text, not a decision: PyPI support reads every request and decides.';

/** Far below GitHub's 65,536 characters, whatever the request held. */
const MAX_COMMENT = 12_000;
const MAX_PIECE = 700;

/**
 * Text that renders as itself and does nothing else: HTML and Markdown punctuation escaped, a zero-width
 * space after `@` and `#` (so no one is mentioned and no issue is cross-referenced), one line, bounded.
 */
function neutralise(text: string, max = MAX_PIECE): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1)}…` : line;
  return cut
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]()!|~^])/g, '\\$1')
    .replace(/([@#])/g, '$1\u200b');
}

/** Whether the request needs the comment: something fails, or an address is public. */
function needsComment(report: Report): boolean {
  return report.checks.some((c) => c.status === 'fail' || (c.id === 'privacy.email' && c.status === 'warn'));
}

/** The privacy checks speak first and in their own words: the text is already public. */
function privacyLines(report: Report): string[] {
  const lines: string[] = [];
  const status = (id: Check['id']) => report.checks.find((c) => c.id === id)?.status;
  if (status('privacy.secrets') === 'fail') {
    lines.push(
      '**This issue is public, and its text contains what looks like a password, a recovery code, a token or a key.** ' +
        'Edit it out now, then change it (or revoke it, or make new recovery codes once you are back in): ' +
        'removing it later does not unpublish it from notifications and copies.',
    );
  }
  if (status('privacy.email') === 'warn') {
    lines.push(
      '**This issue is public, and its text shows an email address.** Consider editing it out: addresses in ' +
        'public issues attract spam, and PyPI support already knows the email on your account.',
    );
  }
  return lines;
}

/** One gap: its title and message, and on a line of its own (indented under the list marker) any suggested wording. */
function item(check: Check, indent: string): string {
  const lines = [`**${neutralise(inEnglish(titleKey(check.id)))}**: ${neutralise(check.message)}`];
  if (check.suggestion) lines.push(`${indent}Suggested wording: ${neutralise(check.suggestion)}`);
  return lines.join('\n');
}

const PRIVACY: ReadonlySet<string> = new Set(['privacy.secrets', 'privacy.email']);

export interface CommentOptions {
  /** Where to get the browser extension (a store page); left out, the comment names it without a link. */
  extensionUrl?: string;
}

function footer(options: CommentOptions): string {
  const url = options.extensionUrl && /^https:\/\/[^\s()<>]+$/.test(options.extensionUrl) ? options.extensionUrl : null;
  const extension = url
    ? `[the PyPI Recovery Assistant browser extension](${url})`
    : 'the PyPI Recovery Assistant browser extension';
  return (
    `<sub>${DISCLAIMER} This comment is updated when you edit the issue. ` +
    `The same checks run while you write with ${extension}.</sub>`
  );
}

/** The comment for a request that needs one; null when it has nothing to fix. */
export function commentFor(report: Report, options: CommentOptions = {}): string | null {
  if (!needsComment(report)) return null;
  const failing = report.checks.filter((c) => c.status === 'fail' && !PRIVACY.has(c.id));
  const warnings = report.checks.filter((c) => c.status === 'warn' && !PRIVACY.has(c.id));
  const parts = [COMMENT_MARKER, HEADING, ''];
  parts.push(...privacyLines(report).flatMap((l) => [l, '']));
  if (failing.length > 0) {
    parts.push(
      `Thank you for filing this. An automatic check of its text found ${failing.length === 1 ? 'one thing' : `${failing.length} things`} ` +
        'PyPI support will need. Editing the issue to add them (the ··· menu at the top right of the issue → Edit) can save weeks of back and forth:',
      '',
      ...failing.map((c, i) => `${i + 1}. ${item(c, '   ')}`),
      '',
    );
  }
  if (warnings.length > 0) parts.push('Worth a look as well:', '', ...warnings.map((c) => `- ${item(c, '  ')}`), '');
  parts.push(footer(options));
  const comment = parts.join('\n');
  return comment.length > MAX_COMMENT ? `${comment.slice(0, MAX_COMMENT - 1)}…` : comment;
}

/** What the comment becomes once an edit has fixed everything: it stays, so the thread still makes sense. */
export function resolvedComment(): string {
  return [
    COMMENT_MARKER,
    HEADING,
    '',
    'Thank you: an automatic check of the edited text finds nothing missing now. PyPI support will read it as it is.',
    '',
    `<sub>${DISCLAIMER}</sub>`,
  ].join('\n');
}
