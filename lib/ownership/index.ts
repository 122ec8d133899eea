/**
 * The ownership pre-check, end to end: look up the PyPI user, judge each project against the GitHub
 * login, and say what it means. This is the API the background and the panel use; the parts are
 * exported too for tests and for a panel that wants to re-judge cached data with another login.
 */
import type { LookupError } from './http';
import { lookup, type LookupData, type LookupOptions } from './lookup';
import { ownershipSentence, summarise, type OwnershipSummary } from './summary';
import { githubLogin, judgeProjects, type ProjectResult } from './verdict';

export interface OwnershipReport {
  username: string;
  /** The GitHub login the projects were compared with (null: not signed in / not readable). */
  login: string | null;
  summary: OwnershipSummary;
  /** One row per project, in the profile's order. */
  results: ProjectResult[];
  /** Wording to insert into the reason ('' when there is nothing to list). */
  sentence: string;
  /** The number the profile page states, when it states one. */
  declaredCount: number | null;
  /** True when the profile listed more projects than were checked. */
  truncated: boolean;
}

export type OwnershipOutcome = { ok: true; report: OwnershipReport } | { ok: false; error: LookupError };

/** Turn looked-up data into the report (pure; also for re-judging cached data). */
export function ownershipReport(data: LookupData, rawLogin: string | null): OwnershipReport {
  const login = githubLogin(rawLogin);
  const base = { username: data.username, login, sentence: '', results: [], declaredCount: null, truncated: false };
  if (!data.found) return { ...base, summary: { kind: 'not-found' } };
  if (data.projects.length === 0)
    return { ...base, declaredCount: data.declaredCount, summary: { kind: 'no-projects' } };
  const results = judgeProjects(data.projects, login);
  const summary = summarise(results);
  return {
    ...base,
    results,
    declaredCount: data.declaredCount,
    truncated: data.truncated,
    summary,
    sentence: ownershipSentence(results, login),
  };
}

/** Look up `username` on pypi.org and compare its projects with `login`. Never throws. */
export async function checkOwnership(
  username: string,
  login: string | null,
  options: LookupOptions,
): Promise<OwnershipOutcome> {
  const result = await lookup(username, options);
  if (!result.ok) return result;
  return { ok: true, report: ownershipReport(result.data, login) };
}

export {
  clearLookupCache,
  lookup,
  type LookupCache,
  type LookupData,
  type LookupOptions,
  type LookupResult,
} from './lookup';
export type { FetchLike, LookupError, LookupErrorKind, ResponseLike } from './http';
export { ownershipSentence, summarise, type OwnershipSummary, type SummaryKind } from './summary';
export {
  judgeProject,
  judgeProjects,
  githubLogin,
  type ProjectFinding,
  type ProjectResult,
  type ProjectVerdict,
} from './verdict';
export { readRepoUrl, type RepoLink, type PagesLink, type UrlReading } from './repo-url';
export { parseProfile, type ProfileReading, type ProfileProject } from './profile';
export { readProjectJson, type ProjectLinks } from './metadata';
export { isPypiUsername, profileUrl, projectJsonUrl, PYPI_ORIGINS } from './names';
export { OwnershipOutcomeSchema, OwnershipReportSchema, LookupErrorSchema, LookupProgressSchema } from './schema';
