/**
 * Read a URL found in PyPI metadata as a source repository: which forge, which owner, which repository.
 * Metadata is written by hand over many years, so the same repository shows up as `git+https://…`,
 * `git@github.com:o/r.git`, `https://www.github.com/O/R/tree/main`, and so on. Everything here is plain
 * string work on `URL`, no backtracking regex, so hostile metadata costs linear time.
 */

export type RepoHost = 'github' | 'gitlab' | 'bitbucket' | 'other';

/** A source repository. `url` is rebuilt from the validated parts, so it is safe to quote in Markdown. */
export interface RepoLink {
  host: RepoHost;
  /** For GitLab this may be a group path (`group/subgroup`). */
  owner: string;
  repo: string;
  url: string;
}

/**
 * A documentation or project site (`owner.github.io`, `name.readthedocs.io`). Not a repository: a
 * `github.io` subdomain names an account, but the site alone does not show who controls the code.
 */
export interface PagesLink {
  host: 'pages';
  site: 'github.io' | 'gitlab.io' | 'readthedocs';
  /** The account (github.io, gitlab.io) or project (readthedocs) named by the subdomain. */
  owner: string;
  url: string;
}

export type UrlReading = RepoLink | PagesLink;

const MAX_URL = 2048;
const SCHEMES = new Set(['http:', 'https:', 'git:', 'ssh:', 'git+https:', 'git+http:', 'git+ssh:', 'git+git:']);
/** Other forges where `/owner/repo` is a repository. */
const OTHER_FORGES = new Set([
  'codeberg.org',
  'gitea.com',
  'git.sr.ht',
  'sr.ht',
  'framagit.org',
  'salsa.debian.org',
  'foss.heptapod.net',
  'sourceforge.net',
]);
/** First path segments on github.com that are site pages, not accounts. */
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'login',
  'marketplace',
  'new',
  'notifications',
  'organizations',
  'orgs',
  'pricing',
  'pulls',
  'search',
  'security',
  'settings',
  'sponsors',
  'topics',
  'trending',
  'users',
  'issues',
  'site',
  'contact',
  'readme',
  'codespaces',
]);
/** Where the repository path ends on GitLab-style forges that nest groups (older URLs lack the `/-/`). */
const GITLAB_TAILS = new Set([
  '-',
  'tree',
  'blob',
  'issues',
  'merge_requests',
  'wikis',
  'pipelines',
  'commits',
  'tags',
  'releases',
  'raw',
  'archive',
]);
const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO_NAME = /^[A-Za-z0-9._-]{1,100}$/;
const GROUP_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,254}$/;

/** Turn the shapes `URL` cannot read (`git@host:o/r`, a bare `github.com/o/r`) into ones it can. */
function toParsableUrl(raw: string): string | null {
  let text = raw.trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1).trim();
  if (text === '' || text.length > MAX_URL) return null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x7f) return null;
  }
  const colon = text.indexOf(':');
  const at = text.indexOf('@');
  // scp-like syntax: user@host:path (no "//" after the colon, the "@" comes before the colon)
  if (at > 0 && colon > at && !text.startsWith('//', colon + 1) && !text.slice(0, at).includes('/')) {
    return `ssh://${text.slice(0, colon)}/${text.slice(colon + 1)}`;
  }
  if (colon < 0 || text.slice(0, colon).includes('.') || text.slice(0, colon).includes('/')) {
    // No scheme: only accept what starts with a host name we know ("github.com/o/r", "www.gitlab.com/…").
    return `https://${text}`;
  }
  return text;
}

function segmentsOf(pathname: string): string[] {
  const out: string[] = [];
  for (const part of pathname.split('/')) {
    if (part === '') continue;
    let decoded = part;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return [];
    }
    out.push(decoded);
  }
  return out;
}

function stripGit(name: string): string {
  return name.toLowerCase().endsWith('.git') ? name.slice(0, -4) : name;
}

function repoLink(host: RepoHost, domain: string, owner: string, repo: string): RepoLink | null {
  // pip's VCS form pins a ref after "@" (`repo.git@v1.2`); "@" is never part of a repository name.
  const at = repo.indexOf('@');
  const cleanRepo = stripGit(at > 0 ? repo.slice(0, at) : repo);
  if (!REPO_NAME.test(cleanRepo) || cleanRepo === '.' || cleanRepo === '..') return null;
  return { host, owner, repo: cleanRepo, url: `https://${domain}/${owner}/${cleanRepo}` };
}

function readGithub(segments: string[]): RepoLink | null {
  const [owner, repo] = segments;
  if (owner === undefined || repo === undefined) return null;
  if (GITHUB_RESERVED.has(owner.toLowerCase()) || !GITHUB_OWNER.test(owner)) return null;
  return repoLink('github', 'github.com', owner, repo);
}

function readGitlabLike(host: RepoHost, domain: string, segments: string[]): RepoLink | null {
  let end = segments.length;
  for (let i = 2; i < segments.length; i++) {
    if (GITLAB_TAILS.has(segments[i]!)) {
      end = i;
      break;
    }
  }
  const path = segments.slice(0, end);
  if (path.length < 2 || !path.every((p) => GROUP_NAME.test(p))) return null;
  return repoLink(host, domain, path.slice(0, -1).join('/'), path[path.length - 1]!);
}

function readOwnerRepo(host: RepoHost, domain: string, segments: string[]): RepoLink | null {
  let [owner, repo] = segments;
  if (owner === undefined || repo === undefined) return null;
  if (domain === 'sourceforge.net') {
    if (owner !== 'projects' && owner !== 'p') return null;
    owner = repo;
  }
  if (owner.startsWith('~')) owner = owner.slice(1); // sourcehut accounts: git.sr.ht/~owner/repo
  if (!GROUP_NAME.test(owner)) return null;
  return repoLink(host, domain, owner, repo);
}

function readPages(hostname: string): PagesLink | null {
  const sites: ReadonlyArray<readonly [string, PagesLink['site']]> = [
    ['.github.io', 'github.io'],
    ['.gitlab.io', 'gitlab.io'],
    ['.readthedocs.io', 'readthedocs'],
    ['.readthedocs.org', 'readthedocs'],
    ['.rtfd.io', 'readthedocs'],
    ['.readthedocs-hosted.com', 'readthedocs'],
  ];
  for (const [suffix, site] of sites) {
    if (!hostname.endsWith(suffix)) continue;
    const sub = hostname.slice(0, -suffix.length);
    const owner = sub.slice(sub.lastIndexOf('.') + 1);
    if (owner === '' || !GROUP_NAME.test(owner)) return null;
    return { host: 'pages', site, owner, url: `https://${hostname}/` };
  }
  return null;
}

/**
 * Classify one URL from a project's metadata. `null` = not something that identifies a repository
 * or a project site (a plain homepage, a PyPI link, an email, garbage).
 */
export function readRepoUrl(raw: string): UrlReading | null {
  const text = toParsableUrl(raw);
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const protocol = url.protocol.toLowerCase();
  if (!SCHEMES.has(protocol)) return null;
  let hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if (hostname.startsWith('www.')) hostname = hostname.slice(4);
  const segments = segmentsOf(url.pathname);
  // An explicit git transport means a clone URL, even on a host we do not know.
  const gitTransport = protocol !== 'http:' && protocol !== 'https:';
  if (hostname === 'github.com' || hostname === 'raw.githubusercontent.com') return readGithub(segments);
  if (hostname === 'api.github.com' && segments[0] === 'repos') return readGithub(segments.slice(1));
  if (hostname === 'gitlab.com' || hostname === 'salsa.debian.org' || hostname === 'framagit.org') {
    return readGitlabLike(hostname === 'gitlab.com' ? 'gitlab' : 'other', hostname, segments);
  }
  if (hostname === 'bitbucket.org') return readOwnerRepo('bitbucket', hostname, segments);
  if (OTHER_FORGES.has(hostname)) return readOwnerRepo('other', hostname, segments);
  const pages = readPages(hostname);
  if (pages) return pages;
  const looksLikeClone =
    gitTransport || (segments.length >= 2 && segments[segments.length - 1]!.toLowerCase().endsWith('.git'));
  if (looksLikeClone && hostname.includes('.')) return readGitlabLike('other', hostname, segments);
  return null;
}

/** Key for "the same repository" (forges treat owner and name without case). */
export function repoKey(link: RepoLink): string {
  return link.url.toLowerCase();
}

export function isRepo(reading: UrlReading | null): reading is RepoLink {
  return reading !== null && reading.host !== 'pages';
}
