/**
 * Compare each project's repositories with the signed-in GitHub login, the way PyPI support (and, for a
 * while, its bot) checked ownership: a repository under the account that files the issue is the
 * fastest proof. Pure: the look-up hands in what it read, the panel renders the result as text.
 */
import type { ProjectLinks } from './metadata';
import type { PagesLink, RepoLink } from './repo-url';

/**
 * - `yours`: a GitHub repository under the login.
 * - `organisation`: on GitHub under another owner: the user should say their role there.
 * - `github`: on GitHub, but the login is unknown (not signed in), so it cannot be compared.
 * - `other-host`: GitLab, Bitbucket, Codeberg…: support cannot tie it to the GitHub account by itself.
 * - `no-repo`: the metadata links no repository.
 * - `unchecked`: its metadata could not be read (see `note`).
 */
export type ProjectVerdict = 'yours' | 'organisation' | 'github' | 'other-host' | 'no-repo' | 'unchecked';

/** What the look-up found for one project: its links, or why they could not be read. */
export interface ProjectFinding {
  name: string;
  normalized: string;
  archived: boolean;
  links: ProjectLinks | null;
  /** Set when `links` is null: a sentence saying what went wrong. */
  problem: string | null;
}

export interface ProjectResult {
  project: string;
  verdict: ProjectVerdict;
  /** The repository the verdict rests on (null for `no-repo` / `unchecked`). */
  repo: RepoLink | null;
  pages: PagesLink[];
  /** One line for the table's last column, plain text. */
  note: string;
}

const HOST_NAMES: Readonly<Record<RepoLink['host'], string>> = { github: 'GitHub', gitlab: 'GitLab', bitbucket: 'Bitbucket', other: 'another host' };

const GITHUB_LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;

/** The login as read from the page, or null when it is missing or not a GitHub login (it is quoted in Markdown later). */
export function githubLogin(raw: string | null | undefined): string | null {
  const login = raw?.trim().replace(/^@/, '') ?? '';
  return GITHUB_LOGIN.test(login) ? login : null;
}

export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function judgeProject(finding: ProjectFinding, rawLogin: string | null): ProjectResult {
  const login = githubLogin(rawLogin);
  const base = { project: finding.name, pages: finding.links?.pages ?? [] };
  if (finding.links === null) {
    return { ...base, verdict: 'unchecked', repo: null, note: finding.problem ?? 'Its metadata could not be read.' };
  }
  const { repos } = finding.links;
  const onGithub = repos.filter((r) => r.host === 'github');
  const mine = login === null ? undefined : onGithub.find((r) => sameLogin(r.owner, login));
  if (mine) return { ...base, verdict: 'yours', repo: mine, note: 'Under your GitHub account' };
  const first = onGithub[0];
  if (first && login === null) {
    return { ...base, verdict: 'github', repo: first, note: `On GitHub under ${first.owner}; sign in to GitHub to compare it with your account` };
  }
  if (first) return { ...base, verdict: 'organisation', repo: first, note: `Organisation or other account ${first.owner}: say your role there` };
  const elsewhere = repos[0];
  if (elsewhere) {
    return { ...base, verdict: 'other-host', repo: elsewhere, note: `On ${HOST_NAMES[elsewhere.host]}: say that it is yours and how support can see that` };
  }
  const site = base.pages[0];
  const why = finding.links.urlCount === 0 ? 'its metadata has no URLs' : 'none of its URLs is a repository';
  return {
    ...base,
    verdict: 'no-repo',
    repo: null,
    note: site ? `No repository linked (${why}; only the site ${site.url})` : `No repository linked (${why})`,
  };
}

export function judgeProjects(findings: readonly ProjectFinding[], login: string | null): ProjectResult[] {
  const clean = githubLogin(login);
  return findings.map((f) => judgeProject(f, clean));
}
