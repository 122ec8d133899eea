import { describe, expect, it } from 'vitest';
import {
  checkOwnership,
  clearLookupCache,
  lookup,
  type LookupCache,
  type LookupOptions,
} from '../../../lib/ownership/index';
import {
  fakePypi,
  fixture,
  fortyProjectRoutes,
  projectJson,
  threeProjectRoutes,
  type Routes,
} from '../../fixtures/pypi/fake-pypi';

const PYPI = 'https://pypi.org';

function setup(routes: Routes, extra: Partial<LookupOptions> = {}) {
  const pypi = fakePypi(routes, 1);
  const waits: number[] = [];
  const progress: string[] = [];
  // A clock that only moves when the look-up sleeps, so waits are exact and tests take no time.
  let clock = 1_000_000;
  const options: LookupOptions = {
    fetch: pypi.fetch,
    cache: new Map(),
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
    onProgress: ({ done, total }) => progress.push(`${done} of ${total}`),
    ...extra,
  };
  return { pypi, waits, progress, options };
}

async function errorOf(username: string, options: LookupOptions) {
  const result = await lookup(username, options);
  if (result.ok) throw new Error('expected the look-up to fail');
  return result.error;
}

describe('looking up a PyPI user on pypi.org', () => {
  it('reads the profile, then each project, and reports progress project by project', async () => {
    const { pypi, progress, options } = setup(threeProjectRoutes());
    const outcome = await checkOwnership('maria-dev', 'maria-dev', options);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.results.map((r) => [r.project, r.verdict])).toEqual([
      ['tidyframes', 'yours'],
      ['Data_Wrangler', 'organisation'],
      ['meshkit', 'other-host'],
    ]);
    expect(progress).toEqual(['0 of 3', '1 of 3', '2 of 3', '3 of 3']);
    expect(pypi.calls[0]).toBe(`${PYPI}/user/maria-dev/`);
    expect(pypi.calls.every((url) => url.startsWith(`${PYPI}/`))).toBe(true);
    expect(outcome.report.sentence).toContain('`tidyframes` (https://github.com/maria-dev/tidyframes)');
  });

  it('follows a 40-project profile across its pages with never more than 4 requests at once', async () => {
    const { pypi, progress, options } = setup(fortyProjectRoutes(), { concurrency: 10 });
    const result = await lookup('busy-bee', options);
    expect(result.ok && result.data.found && result.data.projects.length).toBe(40);
    expect(pypi.calls).toContain(`${PYPI}/user/busy-bee/?page=2`);
    expect(pypi.calls).toHaveLength(42);
    expect(pypi.maxInFlight()).toBeLessThanOrEqual(4);
    expect(progress.at(-1)).toBe('40 of 40');
  });

  it('checks only so many projects of a huge profile, and says so', async () => {
    const { pypi, options } = setup(fortyProjectRoutes(), { maxProjects: 10 });
    const outcome = await checkOwnership('busy-bee', 'busy-bee', options);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.results).toHaveLength(10);
    expect(outcome.report.truncated).toBe(true);
    expect(pypi.calls).toHaveLength(12);
  });

  it('reports a user that does not exist instead of an error', async () => {
    const { options } = setup({});
    const outcome = await checkOwnership('mariadev', 'maria-dev', options);
    expect(outcome.ok && outcome.report.summary.kind).toBe('not-found');
  });

  it('reports a user without projects, fetching nothing else', async () => {
    const { pypi, options } = setup({ [`${PYPI}/user/quiet-coder/`]: { body: fixture('profile-none.html') } });
    const outcome = await checkOwnership('quiet-coder', null, options);
    expect(outcome.ok && outcome.report.summary.kind).toBe('no-projects');
    expect(pypi.calls).toHaveLength(1);
  });

  it('refuses a name that is not a PyPI username without asking pypi.org anything', async () => {
    const { pypi, options } = setup({});
    for (const name of ['../admin', 'maria dev', 'a/b?c=d', '', '-x-', 'x'.repeat(51)]) {
      expect((await errorOf(name, options)).kind).toBe('invalid-username');
    }
    expect(pypi.calls).toEqual([]);
  });

  it('says so when the machine is offline', async () => {
    const { options } = setup({ [`${PYPI}/user/maria-dev/`]: { fail: 'offline' } });
    const error = await errorOf('maria-dev', options);
    expect(error.kind).toBe('offline');
    expect(error.message).toMatch(/Could not reach pypi\.org/);
  });

  it('waits once when PyPI asks for a short pause, then carries on', async () => {
    const routes = threeProjectRoutes();
    const profile = routes[`${PYPI}/user/maria-dev/`]!;
    routes[`${PYPI}/user/maria-dev/`] = (nth) =>
      nth === 1 ? { status: 429, headers: { 'Retry-After': '2' } } : (profile as { body: string });
    const { pypi, waits, options } = setup(routes);
    const result = await lookup('maria-dev', options);
    expect(result.ok).toBe(true);
    expect(waits).toEqual([2000]);
    expect(pypi.calls.filter((u) => u.endsWith('/user/maria-dev/'))).toHaveLength(2);
  });

  it('stops and names the wait when PyPI asks for a long pause', async () => {
    const routes = fortyProjectRoutes();
    routes[`${PYPI}/pypi/bee-plugin-03/json`] = { status: 429, headers: { 'Retry-After': '120' } };
    const { pypi, waits, options } = setup(routes);
    const error = await errorOf('busy-bee', options);
    expect(error).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: 120,
      message: 'PyPI asked us to wait 120 seconds. Try again after that.',
    });
    expect(waits).toEqual([]);
    expect(pypi.calls.length).toBeLessThan(12); // the other 37 projects were never asked for
  });

  it('retries a rate limit at most once', async () => {
    const { pypi, options } = setup({ [`${PYPI}/user/maria-dev/`]: { status: 429, headers: { 'Retry-After': '1' } } });
    expect((await errorOf('maria-dev', options)).kind).toBe('rate-limited');
    expect(pypi.calls).toHaveLength(2);
  });

  it('explains a server error on the profile, and keeps going past one broken project', async () => {
    const down = setup({ [`${PYPI}/user/maria-dev/`]: { status: 503 } });
    expect(await errorOf('maria-dev', down.options)).toMatchObject({
      kind: 'server',
      message: expect.stringMatching(/HTTP 503/),
    });
    const routes = threeProjectRoutes();
    routes[`${PYPI}/pypi/data-wrangler/json`] = { status: 502 };
    routes[`${PYPI}/pypi/meshkit/json`] = { body: '<html>oops</html>' };
    const outcome = await checkOwnership('maria-dev', 'maria-dev', setup(routes).options);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.report.results.map((r) => r.verdict)).toEqual(['yours', 'unchecked', 'unchecked']);
  });

  it('gives up on a project that does not answer in time, without holding up the rest', async () => {
    const routes = threeProjectRoutes();
    routes[`${PYPI}/pypi/meshkit/json`] = { fail: 'hang' };
    const { options } = setup(routes, { timeoutMs: 30 });
    const result = await lookup('maria-dev', options);
    const projects = result.ok && result.data.found ? result.data.projects : [];
    expect(projects.map((p) => p.links !== null)).toEqual([true, true, false]);
  });

  it('stops every request when the user cancels', async () => {
    const routes = fortyProjectRoutes();
    const controller = new AbortController();
    for (const key of Object.keys(routes))
      if (key.includes('/pypi/')) routes[key] = { ...(routes[key] as object), delayMs: 20 };
    const { pypi, options } = setup(routes, {
      signal: controller.signal,
      onProgress: ({ done }) => done === 2 && controller.abort(),
    });
    const error = await errorOf('busy-bee', options);
    expect(error.kind).toBe('cancelled');
    // The look-up settles only once every worker has stopped: nothing is left running to ask more.
    expect(pypi.inFlight()).toBe(0);
    expect(pypi.calls.length).toBeLessThan(12);
  });

  it('answers a second look-up in the same session from the cache', async () => {
    const cache: LookupCache = new Map();
    const { pypi, options } = setup(threeProjectRoutes(), { cache });
    await lookup('maria-dev', options);
    const first = pypi.calls.length;
    await lookup('maria-dev', options);
    expect(pypi.calls.length).toBe(first);
  });

  it('can forget the session cache', async () => {
    const { pypi, options } = setup(threeProjectRoutes(), { cache: undefined });
    clearLookupCache();
    await lookup('maria-dev', options);
    await lookup('maria-dev', options);
    expect(pypi.calls).toHaveLength(4);
    clearLookupCache();
    await lookup('maria-dev', options);
    expect(pypi.calls).toHaveLength(8);
  });

  it('does not mistake a changed page layout for an account without projects', async () => {
    const html = '<div class="author-profile"></div><h2>3 projects</h2><ul class="new-list"><li>a</li></ul>';
    const { options } = setup({ [`${PYPI}/user/maria-dev/`]: { body: html } });
    expect((await errorOf('maria-dev', options)).kind).toBe('unrecognised-page');
  });

  it('never requests a URL taken from the page or the metadata', async () => {
    const routes: Routes = {
      [`${PYPI}/user/old-timer/`]: { body: fixture('profile-legacy.html') },
      [`${PYPI}/pypi/zope-widgets/json`]: { body: fixture('project-hostile.json') },
      [`${PYPI}/pypi/pyfoo/json`]: projectJson('PyFoo', { Home: 'https://evil.example/steal' }),
    };
    const { pypi, options } = setup(routes);
    await lookup('old-timer', options);
    expect(pypi.calls.sort()).toEqual([
      `${PYPI}/pypi/pyfoo/json`,
      `${PYPI}/pypi/zope-widgets/json`,
      `${PYPI}/user/old-timer/`,
    ]);
  });
});
