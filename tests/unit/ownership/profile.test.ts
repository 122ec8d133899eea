import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseProfile } from '../../../lib/ownership/profile';
import { decodeEntities } from '../../../lib/ownership/html-scan';
import { fixture } from '../../fixtures/pypi/fake-pypi';

function profile(html: string) {
  const reading = parseProfile(html);
  if (reading.kind !== 'profile') throw new Error('expected a profile');
  return reading;
}

describe('reading a PyPI profile page without a DOM', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the three projects of a saved profile, archived one included, with their PyPI names', () => {
    // The background worker has no DOMParser: prove the parser never reaches for one.
    vi.stubGlobal('DOMParser', () => {
      throw new Error('no DOMParser in a service worker');
    });
    const page = profile(fixture('profile-three.html'));
    expect(page.projects).toEqual([
      { name: 'tidyframes', normalized: 'tidyframes', archived: false },
      { name: 'Data_Wrangler', normalized: 'data-wrangler', archived: false },
      { name: 'meshkit', normalized: 'meshkit', archived: true },
    ]);
    expect(page.declaredCount).toBe(3);
    expect(page.pageCount).toBe(1);
  });

  it('ignores project-like markup inside scripts, comments and the footer', () => {
    const names = profile(fixture('profile-three.html')).projects.map((p) => p.normalized);
    expect(names).not.toContain('not-a-project');
    expect(names).not.toContain('commented-out');
    expect(names).not.toContain('pip');
  });

  it('reads a user with no projects as an empty list, stated as zero', () => {
    const page = profile(fixture('profile-none.html'));
    expect(page.projects).toEqual([]);
    expect(page.declaredCount).toBe(0);
  });

  it('reads the older markup where the link sits inside the title', () => {
    const page = profile(fixture('profile-legacy.html'));
    expect(page.projects.map((p) => [p.name, p.normalized])).toEqual([
      ['zope.widgets', 'zope-widgets'],
      ['PyFoo', 'pyfoo'],
    ]);
    expect(page.declaredCount).toBe(2);
  });

  it('sees the page navigation of a long profile and which page it is on', () => {
    const first = profile(fixture('profile-forty-page1.html'));
    expect(first.projects).toHaveLength(20);
    expect(first.declaredCount).toBe(40);
    expect(first).toMatchObject({ page: 1, pageCount: 2 });
    const second = profile(fixture('profile-forty-page2.html'));
    expect(second).toMatchObject({ page: 2, pageCount: 2 });
    expect(second.projects[0]!.name).toBe('bee_plugin_21');
  });

  it('says when a page is not a profile at all (an error page, a login wall)', () => {
    expect(parseProfile('<html><body><h1>Something went wrong</h1></body></html>').kind).toBe('unrecognised');
    expect(parseProfile('').kind).toBe('unrecognised');
    expect(parseProfile('just text, no markup').kind).toBe('unrecognised');
  });

  it('drops titles that are not PyPI project names instead of requesting them', () => {
    const html = `<div class="package-list">
      <a class="package-snippet" href="/project/../../admin/"><h3 class="package-snippet__title">../../admin</h3></a>
      <a class="package-snippet" href="https://evil.example/project/x/"><h3 class="package-snippet__title">&lt;script&gt;</h3></a>
      <a class="package-snippet" href="/project/good-one/"><h3 class="package-snippet__title">good_one</h3></a></div>`;
    expect(profile(html).projects.map((p) => p.normalized)).toEqual(['good-one']);
  });

  // A catastrophic scan would not get through these within the test timeout; speed is for the bench.
  it('says it does not recognise broken and adversarial markup, rather than crashing or inventing projects', () => {
    const inputs = [
      '<'.repeat(200_000),
      '<a class="'.repeat(50_000),
      '&'.repeat(200_000),
      '<script>'.repeat(30_000),
      `<h3 class="package-snippet__title">${'<span>'.repeat(50_000)}`,
      '<a href=x '.repeat(50_000),
    ];
    for (const html of inputs) expect(parseProfile(html)).toEqual({ kind: 'unrecognised' });
  });

  it('decodes the entities PyPI writes in names and counts', () => {
    expect(decodeEntities('a &amp; b &#39;c&#x27; &lt;d&gt; &unknown; &')).toBe("a & b 'c' <d> &unknown; &");
  });
});
