/**
 * The optional pypi.org permission as Firefox grants it. Chrome's prompt cannot be answered under automation
 * (see ownership.e2e.test.ts); Firefox's can be set to grant at once, so the whole path runs here: the click,
 * the request, the grant, and a look-up that goes to pypi.org and nowhere else.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchFirefoxDriver } from './driver/firefox';
import type { Driver } from './driver/types';
import { FORM_PATH } from './harness';
import { snapshotOf } from './steps';

let d: Driver;
beforeAll(async () => {
  d = await launchFirefoxDriver();
});
afterAll(() => d?.close());

it('asks for pypi.org only on the click, gets it, and then goes to pypi.org and nowhere else', async () => {
  expect(await d.grantedOrigins()).not.toContain('https://pypi.org/*');
  const tab = await d.open(FORM_PATH);
  await tab.fill('PyPI Username', '`octo-maintainer`');
  // The look-up reads the username the background last saw: wait for it, and for the panel to show it.
  await expect.poll(async () => (await snapshotOf(d, tab.id))?.username).toBe('`octo-maintainer`');
  const panel = await d.openPanel(tab.id);
  await expect.poll(() => panel.text()).not.toContain('Type your PyPI username in the form first');
  expect(d.requests().some((u) => u.startsWith('https://pypi.org'))).toBe(false);
  const start = d.requests().length;
  await panel.click('Check my PyPI projects');
  // The background starts a look-up only once it holds the permission: a request to pypi.org says it was
  // granted. (Firefox's answer to permissions.getAll in a page opened before the grant lags behind it.)
  await expect
    .poll(() =>
      d
        .requests()
        .slice(start)
        .some((u) => u.startsWith('https://pypi.org')),
    )
    .toBe(true);
  // The test's proxy answers nothing, so the look-up ends in "could not reach", and the panel says so.
  await expect.poll(() => panel.text()).toContain('Could not reach pypi.org');
  const outside = d
    .requests()
    .slice(start)
    .filter((u) => !u.startsWith(d.origin));
  expect(outside.length).toBeGreaterThan(0);
  expect(outside.every((u) => u.startsWith('https://pypi.org'))).toBe(true);
  await panel.close();
  await tab.close();
});
