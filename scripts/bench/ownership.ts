/**
 * Look-up time for a 40-project PyPI profile (two profile pages + 40 project JSONs) against an
 * in-memory pypi.org with a fixed latency per request. `npm run bench` prints it; with 4 requests at a
 * time the floor is about (2 + 40 / 4) × latency.
 */
import { lookup } from '../../lib/ownership/lookup';
import { fakePypi, fortyProjectRoutes } from '../../tests/fixtures/pypi/fake-pypi';

/** Elapsed milliseconds for one cold look-up of the 40-project profile. */
export async function benchLookup(latencyMs = 5): Promise<number> {
  const pypi = fakePypi(fortyProjectRoutes(), latencyMs);
  const start = performance.now();
  const result = await lookup('busy-bee', { fetch: pypi.fetch, cache: new Map() });
  const elapsed = performance.now() - start;
  if (!result.ok || !result.data.found || result.data.projects.length !== 40) {
    throw new Error(`bench look-up did not read 40 projects: ${result.ok ? 'wrong count' : result.error.message}`);
  }
  return elapsed;
}
