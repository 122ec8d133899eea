/**
 * Read a PyPI user profile page (`https://pypi.org/user/NAME/`) into the projects it lists.
 * Runs without a DOM (the background is a service worker). Reads both the current markup
 * (`<a class="package-snippet" href="/project/x/"><h3 class="package-snippet__title">x</h3>`) and the
 * older one (the link inside the `<h3>`), and a page-number navigation if PyPI ever paginates profiles.
 */
import { hasClass, scanHtml } from './html-scan';
import { isProjectName, normaliseProjectName } from './names';

export interface ProfileProject {
  /** As PyPI displays it (`Foo_Bar`). */
  name: string;
  /** PEP 503 form, what the JSON API is asked for (`foo-bar`). */
  normalized: string;
  archived: boolean;
}

export type ProfileReading =
  | {
      kind: 'profile';
      projects: ProfileProject[];
      /** The number in "12 projects" (0 for "No projects"); null when the heading was not found. */
      declaredCount: number | null;
      page: number;
      /** 1 unless the page links to further pages. */
      pageCount: number;
    }
  | { kind: 'unrecognised' };

/** More than any real maintainer has; stops a hostile page from growing the list without end. */
const MAX_PROJECTS = 5000;
const MAX_PAGES = 100;

function projectFromHref(href: string | undefined): string | null {
  if (href === undefined) return null;
  let path = href;
  if (path.startsWith('https://pypi.org/')) path = path.slice('https://pypi.org'.length);
  if (!path.startsWith('/project/')) return null;
  const rest = path.slice('/project/'.length);
  const slash = rest.indexOf('/');
  const name = slash < 0 ? rest : rest.slice(0, slash);
  return isProjectName(name) ? name : null;
}

function pageFromHref(href: string | undefined): number | null {
  if (href === undefined) return null;
  const q = href.indexOf('?');
  if (q < 0) return null;
  const page = new URLSearchParams(href.slice(q + 1).split('#')[0]).get('page');
  if (page === null || !/^\d{1,4}$/.test(page)) return null;
  return Number(page);
}

function readCount(heading: string): number | null {
  const text = heading.replace(/\s+/g, ' ').trim();
  if (/^no projects?$/i.test(text)) return 0;
  const m = /^(\d[\d,.\u00a0\u202f]{0,12})\s/.exec(text);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[^\d]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

export function parseProfile(html: string): ProfileReading {
  const projects: ProfileProject[] = [];
  const seen = new Set<string>();
  let recognised = false;
  let declaredCount: number | null = null;
  let page = 1;
  let maxPage = 1;

  let snippetHref: string | null = null;
  let title: { text: string; href: string | null; archived: boolean; spanDepth: number } | null = null;
  let heading: string | null = null;
  let inPagination = 0;
  let currentPageSpan = false;

  scanHtml(html, (token) => {
    if (token.type === 'open') {
      const { name, attrs } = token;
      if (hasClass(attrs, 'author-profile') || hasClass(attrs, 'package-list')) recognised = true;
      if (hasClass(attrs, 'package-snippet')) snippetHref = name === 'a' ? projectFromHref(attrs.get('href')) : null;
      if (name === 'h3' && hasClass(attrs, 'package-snippet__title')) {
        title = { text: '', href: snippetHref, archived: false, spanDepth: 0 };
      } else if (title !== null) {
        if (name === 'a' && title.href === null) title.href = projectFromHref(attrs.get('href'));
        if (name === 'span') {
          title.spanDepth++;
          if (hasClass(attrs, 'badge')) title.archived = true;
        }
      }
      if (name === 'h2' && declaredCount === null) heading = '';
      if (hasClass(attrs, 'button-group--pagination')) inPagination = 1;
      else if (inPagination > 0 && name === 'div') inPagination++;
      if (inPagination > 0) {
        const linked = name === 'a' ? pageFromHref(attrs.get('href')) : null;
        if (linked !== null) maxPage = Math.max(maxPage, linked);
        currentPageSpan = name === 'span' && hasClass(attrs, 'button--primary');
      }
      return;
    }
    if (token.type === 'text') {
      if (title !== null && title.spanDepth === 0) title.text += token.text;
      if (heading !== null) heading += token.text;
      if (currentPageSpan && /^\s*\d{1,4}\s*$/.test(token.text)) page = Number(token.text.trim());
      return;
    }
    const { name } = token;
    if (title !== null && name === 'span' && title.spanDepth > 0) title.spanDepth--;
    else if (title !== null && name === 'h3') {
      const shown = title.text.replace(/\s+/g, ' ').trim();
      const id = title.href ?? (isProjectName(shown) ? shown : null);
      if (id !== null && projects.length < MAX_PROJECTS) {
        const normalized = normaliseProjectName(id);
        if (!seen.has(normalized)) {
          seen.add(normalized);
          const display = isProjectName(shown) && normaliseProjectName(shown) === normalized ? shown : id;
          projects.push({ name: display, normalized, archived: title.archived });
        }
      }
      title = null;
      recognised = true;
    }
    if (name === 'h2' && heading !== null) {
      declaredCount = readCount(heading);
      heading = null;
    }
    if (name === 'span') currentPageSpan = false;
    if (name === 'div' && inPagination > 0) inPagination--;
    if (name === 'a' && title === null) snippetHref = null;
  });

  if (!recognised && declaredCount === null) return { kind: 'unrecognised' };
  return { kind: 'profile', projects, declaredCount, page, pageCount: Math.min(Math.max(maxPage, page), MAX_PAGES) };
}
