import { describe, expect, it } from 'vitest';
import { readProjectJson } from '../../../lib/ownership/metadata';
import { fixture } from '../../fixtures/pypi/fake-pypi';

function links(name: string) {
  const reading = readProjectJson(fixture(name));
  if (!reading.ok) throw new Error(`could not read ${name}`);
  return reading.links;
}

describe('finding repositories in a project’s PyPI metadata', () => {
  it('puts the Source link first and counts the issue tracker as the same repository', () => {
    const found = links('project-tidyframes.json');
    expect(found.repos.map((r) => r.url)).toEqual(['https://github.com/maria-dev/tidyframes']);
    expect(found.pages.map((p) => [p.site, p.owner])).toEqual([
      ['github.io', 'maria-dev'],
      ['readthedocs', 'tidyframes'],
    ]);
  });

  it('reads a repository given only as the homepage, with www. and a branch path', () => {
    expect(links('project-data-wrangler.json').repos).toEqual([
      {
        host: 'github',
        owner: 'wranglers-org',
        repo: 'Data_Wrangler',
        url: 'https://github.com/wranglers-org/Data_Wrangler',
      },
    ]);
  });

  it('keeps a GitLab subgroup path as the owner and ignores "UNKNOWN"', () => {
    const found = links('project-meshkit.json');
    expect(found.repos).toHaveLength(1);
    expect(found.repos[0]).toMatchObject({ host: 'gitlab', owner: 'geo-tools/meshing', repo: 'meshkit' });
  });

  it('reports a project that lists no URLs at all', () => {
    expect(links('project-no-urls.json')).toEqual({ repos: [], pages: [], urlCount: 0 });
  });

  it('treats hostile metadata as data: only the one clean repository survives, rebuilt', () => {
    const found = links('project-hostile.json');
    expect(found.repos).toEqual([
      { host: 'github', owner: 'Old-Timer', repo: 'zope.widgets', url: 'https://github.com/Old-Timer/zope.widgets' },
    ]);
    const everything = JSON.stringify(found);
    expect(everything).not.toContain('<');
    expect(everything).not.toContain('javascript:');
    expect(everything).not.toContain('`');
  });

  it('says when the answer is not JSON or not shaped like PyPI metadata', () => {
    expect(readProjectJson('<html>Service unavailable</html>')).toEqual({ ok: false, problem: 'invalid-json' });
    expect(readProjectJson('')).toEqual({ ok: false, problem: 'invalid-json' });
    expect(readProjectJson('{"message": "Not Found"}')).toEqual({ ok: false, problem: 'unexpected-shape' });
    expect(readProjectJson('{"info": {"project_urls": ["a", "b"]}}')).toEqual({
      ok: false,
      problem: 'unexpected-shape',
    });
    expect(readProjectJson('null')).toEqual({ ok: false, problem: 'unexpected-shape' });
  });

  it('caps how many URLs it reads from an oversized project_urls table', () => {
    const urls = Object.fromEntries(
      Array.from({ length: 5000 }, (_, i) => [`Link ${i}`, `https://github.com/o/r${i}`]),
    );
    const reading = readProjectJson(JSON.stringify({ info: { project_urls: urls } }));
    expect(reading.ok && reading.links.repos.length).toBe(100);
  });
});
