/**
 * From a project's JSON metadata (`https://pypi.org/pypi/NAME/json`), the URLs that may lead to its
 * source repository. Metadata is whatever the uploader wrote, so everything is validated and capped;
 * labels and URLs stay plain strings (never markup).
 */
import { z } from 'zod';
import { isRepo, readRepoUrl, repoKey, type PagesLink, type RepoLink } from './repo-url';

const MAX_TEXT = 4096;
const MAX_URLS = 100;

/** Only the fields we read; everything else in the (large) document is ignored. */
export const ProjectJsonSchema = z.object({
  info: z.object({
    name: z.string().max(MAX_TEXT).optional(),
    project_urls: z.record(z.string(), z.unknown()).nullable().optional(),
    home_page: z.unknown().optional(),
    download_url: z.unknown().optional(),
  }),
});

export interface CandidateUrl {
  /** Where it came from: a `project_urls` label ("Source", "Homepage") or `home_page` / `download_url`. */
  label: string;
  url: string;
}

export interface ProjectLinks {
  /** Repositories, most telling first (a "Source"/"Repository" label beats a homepage), without repeats. */
  repos: RepoLink[];
  /** Documentation / project sites that name an account but are not repositories. */
  pages: PagesLink[];
  /** How many URLs the metadata held at all (0 → "no URLs in the metadata"). */
  urlCount: number;
}

export type MetadataReading =
  | { ok: true; links: ProjectLinks }
  | { ok: false; problem: 'invalid-json' | 'unexpected-shape' };

function asUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT || trimmed.toUpperCase() === 'UNKNOWN') return null;
  return trimmed;
}

/** Every URL-looking field, labels kept, in metadata order. */
export function candidateUrls(info: z.infer<typeof ProjectJsonSchema>['info']): CandidateUrl[] {
  const out: CandidateUrl[] = [];
  for (const [label, value] of Object.entries(info.project_urls ?? {})) {
    const url = asUrl(value);
    if (url !== null && out.length < MAX_URLS) out.push({ label: label.slice(0, 200), url });
  }
  const home = asUrl(info.home_page);
  if (home !== null) out.push({ label: 'home_page', url: home });
  const download = asUrl(info.download_url);
  if (download !== null) out.push({ label: 'download_url', url: download });
  return out;
}

/** Labels people use for the code itself, as opposed to docs, funding or a homepage. */
function sourceRank(label: string): number {
  const l = label.toLowerCase();
  if (/\b(?:source|repository|repo|code|github|gitlab|git|vcs)\b/.test(l)) return 0;
  if (l === 'home_page' || /\bhome ?page\b|\bhome\b/.test(l)) return 1;
  if (/\b(?:issue|bug|tracker|changelog|changes|release)/.test(l)) return 2;
  return 3;
}

export function linksFrom(candidates: readonly CandidateUrl[]): ProjectLinks {
  const ranked = candidates
    .map((c, i) => ({ ...c, rank: sourceRank(c.label), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i);
  const repos: RepoLink[] = [];
  const pages: PagesLink[] = [];
  const seen = new Set<string>();
  for (const c of ranked) {
    const reading = readRepoUrl(c.url);
    if (reading === null) continue;
    const key = isRepo(reading) ? repoKey(reading) : reading.url.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    if (isRepo(reading)) repos.push(reading);
    else pages.push(reading);
  }
  return { repos, pages, urlCount: candidates.length };
}

/** Parse the response text of the JSON API. Never throws. */
export function readProjectJson(text: string): MetadataReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'invalid-json' };
  }
  const parsed = ProjectJsonSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problem: 'unexpected-shape' };
  return { ok: true, links: linksFrom(candidateUrls(parsed.data.info)) };
}
