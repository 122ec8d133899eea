/**
 * The summary above the verdict table and the sentence the panel offers to insert. Wording is careful
 * never to promise an outcome: support decides, we only say what helps them decide quickly.
 */
import { githubLogin, type ProjectResult, type ProjectVerdict } from './verdict';

export type SummaryKind = 'not-found' | 'no-projects' | 'all-verifiable' | 'some-unverifiable';

export interface OwnershipSummary {
  kind: SummaryKind;
  /** The headline, plain text with `code` spans for names. */
  message: string;
  /** One line per kind of gap, saying what proof to add (empty when nothing is missing). */
  advice: string[];
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

export function notFoundSummary(username: string, rawLogin: string | null): OwnershipSummary {
  const login = githubLogin(rawLogin);
  const handle = login !== null && login.toLowerCase() !== username.toLowerCase() ? ` \`${login}\`` : '';
  return {
    kind: 'not-found',
    message: `No PyPI user \`${username}\`; check the spelling. Your PyPI name may differ from your GitHub handle${handle}.`,
    advice: [],
  };
}

export function noProjectsSummary(username: string | null): OwnershipSummary {
  return {
    kind: 'no-projects',
    message: `${username === null ? 'This PyPI user' : `PyPI user \`${username}\``} has no projects. PyPI can reset accounts without projects after confirming the email address on the account, so say whether you can still read mail there.`,
    advice: [],
  };
}

function adviceFor(verdict: ProjectVerdict, group: readonly ProjectResult[]): string {
  const list = names(group.map((r) => r.project));
  switch (verdict) {
    case 'organisation':
      return `${list}: the repositories belong to ${names(unique(group.map((r) => r.repo?.owner ?? '')))}; say your role there (for example owner or maintainer).`;
    case 'github':
      return `${list}: your GitHub login could not be read from the page; sign in to GitHub so the repositories can be compared with your account.`;
    case 'other-host':
      return `${list}: the repository is not on GitHub; say that it is yours and how support can see that (for example a link between that profile and your GitHub account).`;
    case 'no-repo':
      return `${list}: no repository is linked from PyPI; name where the source lives, or describe other proof such as earlier releases or the email address on the account.`;
    case 'unchecked':
      return `${list}: the metadata could not be read; look at the project page on pypi.org and name its repository yourself.`;
    default:
      return '';
  }
}

export function summarise(results: readonly ProjectResult[], rawLogin: string | null): OwnershipSummary {
  const login = githubLogin(rawLogin);
  const total = results.length;
  const yours = results.filter((r) => r.verdict === 'yours').length;
  if (total === 0) return noProjectsSummary(null);
  const account = login === null ? 'your GitHub account' : `your GitHub account \`${login}\``;
  if (yours === total) {
    return {
      kind: 'all-verifiable',
      message: `${total === 1 ? 'Your project links' : `All ${total} projects link`} a repository under ${account}. Name them in the request: support can check them against the account that files it.`,
      advice: [],
    };
  }
  const order: ProjectVerdict[] = ['organisation', 'github', 'other-host', 'no-repo', 'unchecked'];
  const advice = order
    .map((v) => results.filter((r) => r.verdict === v))
    .filter((group) => group.length > 0)
    .map((group) => adviceFor(group[0]!.verdict, group));
  const head = yours === 0 ? `None of the ${total} projects links` : `${yours} of ${total} projects link`;
  return {
    kind: 'some-unverifiable',
    message: `${head} a repository under ${account}. Support may need more proof for the others; this is what would help:`,
    advice,
  };
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
  const list = more > 0 ? `${items.join(', ')} and ${more} more` : items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  const parts = [`I maintain ${results.length === 1 ? 'this project' : 'these projects'} on PyPI: ${list}.`];
  if (login !== null && results.some((r) => r.verdict === 'yours')) {
    parts.push(`The repositories under \`${login}\` are in my GitHub account, the one filing this request.`);
  }
  const orgs = unique(results.filter((r) => r.verdict === 'organisation').map((r) => r.repo?.owner ?? ''));
  if (orgs.length > 0) {
    parts.push(`The repositories under ${names(orgs)} belong to ${orgs.length === 1 ? 'an organisation' : 'organisations'} where my role is [your role].`);
  }
  return parts.join(' ');
}
