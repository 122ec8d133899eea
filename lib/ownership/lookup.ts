/**
 * The opt-in pypi.org look-up: the user's profile (all its pages), then each project's JSON metadata,
 * at most 4 requests at a time. Written against an injected fetch so the background worker runs it and
 * tests run it without a network. Only URLs built in names.ts are requested; nothing read from a page
 * is followed.
 */
import {
  cancelled,
  defaultSleep,
  getText,
  LookupFailure,
  serverFailure,
  type FetchLike,
  type HttpContext,
  type LookupError,
} from './http';
import { readProjectJson, type ProjectLinks } from './metadata';
import { isPypiUsername, profileUrl, projectJsonUrl } from './names';
import { runPool } from './pool';
import { parseProfile, type ProfileProject, type ProfileReading } from './profile';
import type { ProjectFinding } from './verdict';

/** Successful reads, keyed by URL. Failures are never cached, so "try again" really tries again. */
export type LookupCache = Map<string, ProfileReading | ProjectLinks | 'missing'>;

const sessionCache: LookupCache = new Map();

/** Forget every cached answer (e.g. when the user asks to look again after publishing a fix). */
export function clearLookupCache(): void {
  sessionCache.clear();
}

export interface LookupOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Defaults to a module-level cache that lives as long as the background worker. */
  cache?: LookupCache;
  timeoutMs?: number;
  /** Capped at 4: pypi.org is a shared service. */
  concurrency?: number;
  maxRetryWaitMs?: number;
  /** Projects beyond this many are not fetched (`truncated` says so). */
  maxProjects?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

export type LookupData =
  | { found: false; username: string }
  | { found: true; username: string; declaredCount: number | null; projects: ProjectFinding[]; truncated: boolean };

export type LookupResult = { ok: true; data: LookupData } | { ok: false; error: LookupError };

const MAX_CONCURRENCY = 4;

type ProfilePage = Extract<ProfileReading, { kind: 'profile' }>;

async function readProfilePage(
  username: string,
  page: number,
  ctx: HttpContext,
  cache: LookupCache,
): Promise<ProfilePage | 'missing'> {
  const url = profileUrl(username, page);
  const cached = cache.get(url);
  if (cached === 'missing' || (cached !== undefined && 'kind' in cached && cached.kind === 'profile')) return cached;
  const { status, text } = await getText(url, 'text/html', ctx);
  if (status === 404) {
    cache.set(url, 'missing');
    return 'missing';
  }
  if (status < 200 || status >= 300) throw serverFailure(status);
  const reading = parseProfile(text);
  if (reading.kind === 'unrecognised') {
    throw new LookupFailure({
      kind: 'unrecognised-page',
      message: 'The pypi.org profile page did not look as expected, so its projects could not be read.',
    });
  }
  cache.set(url, reading);
  return reading;
}

/** One project's links; failures that concern only this project leave it unread (`links: null`), not an exception. */
async function readProject(project: ProfileProject, ctx: HttpContext, cache: LookupCache): Promise<ProjectFinding> {
  const finding = { name: project.name, normalized: project.normalized, archived: project.archived };
  const url = projectJsonUrl(project.normalized);
  const cached = cache.get(url);
  if (cached !== undefined && cached !== 'missing' && 'repos' in cached) return { ...finding, links: cached };
  let response: { status: number; text: string };
  try {
    response = await getText(url, 'application/json', ctx);
  } catch (error) {
    // A slow answer for one project should not sink the others; offline, 429 and cancel do.
    if (error instanceof LookupFailure && error.info.kind === 'timeout') return { ...finding, links: null };
    throw error;
  }
  // 404: removed or renamed since the profile listed it; other statuses: pypi.org had trouble with it.
  if (response.status < 200 || response.status >= 300) return { ...finding, links: null };
  const reading = readProjectJson(response.text);
  if (!reading.ok) return { ...finding, links: null };
  cache.set(url, reading.links);
  return { ...finding, links: reading.links };
}

async function run(
  username: string,
  options: LookupOptions,
  ctx: HttpContext,
  stop: AbortController,
): Promise<LookupData> {
  const cache = options.cache ?? sessionCache;
  const limit = Math.max(1, Math.min(options.concurrency ?? MAX_CONCURRENCY, MAX_CONCURRENCY));
  const first = await readProfilePage(username, 1, ctx, cache);
  if (first === 'missing') return { found: false, username };
  const later = Array.from({ length: first.pageCount - 1 }, (_, i) => i + 2);
  const pages = await runPool(later, limit, stop, (page) => readProfilePage(username, page, ctx, cache));
  if (ctx.signal.aborted) throw cancelled();
  const seen = new Set<string>();
  const all: ProfileProject[] = [];
  for (const page of [first, ...pages]) {
    if (page === 'missing') continue;
    for (const p of page.projects) {
      if (!seen.has(p.normalized)) all.push(p);
      seen.add(p.normalized);
    }
  }
  // A heading that counts projects while none were read means the markup changed: say so, never "no projects".
  if (all.length === 0 && first.declaredCount !== 0) {
    throw new LookupFailure({
      kind: 'unrecognised-page',
      message: 'The pypi.org profile page did not look as expected, so its projects could not be read.',
    });
  }
  const maxProjects = options.maxProjects ?? 200;
  const wanted = all.slice(0, maxProjects);
  let done = 0;
  options.onProgress?.({ done, total: wanted.length });
  const projects = await runPool(wanted, limit, stop, async (project) => {
    const finding = await readProject(project, ctx, cache);
    done++;
    options.onProgress?.({ done, total: wanted.length });
    return finding;
  });
  if (ctx.signal.aborted) throw cancelled();
  return { found: true, username, declaredCount: first.declaredCount, projects, truncated: all.length > wanted.length };
}

/** Look up a PyPI user's projects and their repository links. Never throws; errors come back as sentences. */
export async function lookup(username: string, options: LookupOptions): Promise<LookupResult> {
  if (!isPypiUsername(username)) {
    return {
      ok: false,
      error: {
        kind: 'invalid-username',
        message:
          'That is not a PyPI username: use letters, digits, ".", "_" and "-", starting and ending with a letter or digit.',
      },
    };
  }
  // `stop` ends every request when the user cancels or when one failure ends the look-up.
  const stop = new AbortController();
  const onCancel = () => stop.abort(cancelled());
  if (options.signal?.aborted) return { ok: false, error: cancelled().info };
  options.signal?.addEventListener('abort', onCancel, { once: true });
  const ctx: HttpContext = {
    fetch: options.fetch,
    signal: stop.signal,
    timeoutMs: options.timeoutMs ?? 10_000,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 5_000,
    sleep: options.sleep ?? defaultSleep,
    now: options.now ?? Date.now,
    gate: { until: 0 },
  };
  try {
    return { ok: true, data: await run(username, options, ctx, stop) };
  } catch (error) {
    if (options.signal?.aborted) return { ok: false, error: cancelled().info };
    if (error instanceof LookupFailure) return { ok: false, error: error.info };
    return { ok: false, error: { kind: 'http', message: 'The look-up failed unexpectedly. Try again.' } };
  } finally {
    options.signal?.removeEventListener('abort', onCancel);
  }
}
