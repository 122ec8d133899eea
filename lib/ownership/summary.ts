/**
 * The kind of summary above the verdict table, and the sentence the panel offers to insert: the only
 * English the look-up writes, because it goes into a request PyPI support reads in English. It never
 * promises an outcome: support decides.
 */
import { githubLogin, type ProjectResult } from './verdict';

export type SummaryKind = 'not-found' | 'no-projects' | 'all-verifiable' | 'some-unverifiable';

/** What the look-up found, as a kind the panel words in the reader's language (components/ownership/text.ts). */
export interface OwnershipSummary {
  kind: SummaryKind;
}

const MAX_LISTED = 30;

function names(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((n) => `\`${n}\``);
  const more = items.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

export function summarise(results: readonly ProjectResult[]): OwnershipSummary {
  if (results.length === 0) return { kind: 'no-projects' };
  return { kind: results.every((r) => r.verdict === 'yours') ? 'all-verifiable' : 'some-unverifiable' };
}

/**
 * The wording to insert into "Reason for request": the projects and their repositories as proof.
 * Names and URLs were validated and rebuilt before they got here, so they are safe inside Markdown.
 * Empty string when there is nothing to list.
 */
export function ownershipSentence(results: readonly ProjectResult[], rawLogin: string | null = null): string {
  const login = githubLogin(rawLogin);
  if (results.length === 0) return '';
  const shown = results.slice(0, MAX_LISTED);
  const items = shown.map((r) => (r.repo ? `\`${r.project}\` (${r.repo.url})` : `\`${r.project}\``));
  const more = results.length - shown.length;
  const list =
    more > 0
      ? `${items.join(', ')} and ${more} more`
      : items.length === 1
        ? items[0]!
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const parts = [`I maintain ${results.length === 1 ? 'this project' : 'these projects'} on PyPI: ${list}.`];
  if (login !== null && results.some((r) => r.verdict === 'yours')) {
    parts.push(`The repositories under \`${login}\` are in my GitHub account, the one filing this request.`);
  }
  const orgs = unique(results.filter((r) => r.verdict === 'organisation').map((r) => r.repo?.owner ?? ''));
  if (orgs.length > 0) {
    parts.push(
      `The repositories under ${names(orgs)} belong to ${orgs.length === 1 ? 'an organisation' : 'organisations'} where my role is [your role].`,
    );
  }
  return parts.join(' ');
}
