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
 * - `unchecked`: its metadata could not be read.
 */
export type ProjectVerdict = 'yours' | 'organisation' | 'github' | 'other-host' | 'no-repo' | 'unchecked';

/** What the look-up found for one project: its links, or null when they could not be read. */
export interface ProjectFinding {
  name: string;
  normalized: string;
  archived: boolean;
  links: ProjectLinks | null;
}

export interface ProjectResult {
  project: string;
  verdict: ProjectVerdict;
  /** The repository the verdict rests on (null for `no-repo` / `unchecked`). */
  repo: RepoLink | null;
  pages: PagesLink[];
}

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
  if (finding.links === null) return { ...base, verdict: 'unchecked', repo: null };
  const { repos } = finding.links;
  const onGithub = repos.filter((r) => r.host === 'github');
  const mine = login === null ? undefined : onGithub.find((r) => sameLogin(r.owner, login));
  if (mine) return { ...base, verdict: 'yours', repo: mine };
  const first = onGithub[0];
  if (first) return { ...base, verdict: login === null ? 'github' : 'organisation', repo: first };
  const elsewhere = repos[0];
  if (elsewhere) return { ...base, verdict: 'other-host', repo: elsewhere };
  return { ...base, verdict: 'no-repo', repo: null };
}

export function judgeProjects(findings: readonly ProjectFinding[], login: string | null): ProjectResult[] {
  const clean = githubLogin(login);
  return findings.map((f) => judgeProject(f, clean));
}
