/**
 * The only URLs the look-up ever requests are built here, from names that passed PyPI's own charset.
 * Nothing read from a page or from metadata is ever followed as a link.
 */
import { USERNAME_PATTERN } from '../engine/text/username';

/** PEP 508 / PyPI project names: letters, digits, `.`, `_`, `-`, starting and ending with a letter or digit. */
const PROJECT_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,198}[A-Za-z0-9])?$/;

export const PYPI_ORIGIN = 'https://pypi.org';

/** The optional host permission the look-up needs; asked for on the panel's click, checked by the background. */
export const PYPI_ORIGINS: readonly string[] = [`${PYPI_ORIGIN}/*`];

export function isPypiUsername(name: string): boolean {
  return USERNAME_PATTERN.test(name);
}

export function isProjectName(name: string): boolean {
  return PROJECT_PATTERN.test(name);
}

/** PEP 503 normalisation: how PyPI files a project (`Foo_Bar.baz` → `foo-bar-baz`). */
export function normaliseProjectName(name: string): string {
  let out = '';
  let inRun = false;
  for (const ch of name.toLowerCase()) {
    if (ch === '-' || ch === '_' || ch === '.') {
      if (!inRun) out += '-';
      inRun = true;
    } else {
      out += ch;
      inRun = false;
    }
  }
  return out;
}

/** `https://pypi.org/user/NAME/` (page 1) or `…/?page=N`. Throws on a name that is not a PyPI username. */
export function profileUrl(username: string, page = 1): string {
  if (!isPypiUsername(username)) throw new Error('not a PyPI username');
  const base = `${PYPI_ORIGIN}/user/${encodeURIComponent(username)}/`;
  return page > 1 ? `${base}?page=${Math.floor(page)}` : base;
}

/** `https://pypi.org/pypi/NAME/json`. Throws on a name that is not a PyPI project name. */
export function projectJsonUrl(project: string): string {
  if (!isProjectName(project)) throw new Error('not a PyPI project name');
  return `${PYPI_ORIGIN}/pypi/${encodeURIComponent(normaliseProjectName(project))}/json`;
}
