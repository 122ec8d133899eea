/**
 * The ownership pre-check in a real browser, pypi.org served from tests/fixtures/pypi.
 *
 * Chrome's permission prompt cannot be answered under automation (Playwright treats it as out of
 * scope), so these tests load a copy of the normal build whose manifest lists https://pypi.org/* as
 * granted (host_permissions); `permissions.request` then resolves true at once. The normal build is
 * not changed, nothing is rebuilt. The second test is stronger for it: even with access granted, a whole
 * session without the click sends nothing to pypi.org.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture, projectJson, type FakeRoute } from '../fixtures/pypi/fake-pypi';
import { EXTENSION_DIR, launch, type Harness } from './harness';
import { panelAxeViolations } from './panel-axe';
import { fillComplete, openForm, snapshotOf, type OpenForm } from './steps';

const PYPI = 'https://pypi.org';
/** octo-maintainer (the login in the GitHub fixtures): one repository of theirs, one organisation's, one on GitLab. */
const ROUTES: Record<string, FakeRoute> = {
  [`${PYPI}/user/octo-maintainer/`]: { body: fixture('profile-three.html') },
  [`${PYPI}/pypi/tidyframes/json`]: projectJson('tidyframes', {
    Source: 'https://github.com/octo-maintainer/tidyframes',
  }),
  [`${PYPI}/pypi/data-wrangler/json`]: { body: fixture('project-data-wrangler.json') },
  [`${PYPI}/pypi/meshkit/json`]: { body: fixture('project-meshkit.json') },
};

/** The normal build, copied with pypi.org moved from optional to granted host permissions. */
function grantedCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pra-pypi-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    host_permissions?: string[];
    optional_host_permissions?: string[];
  };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${PYPI}/*`];
  manifest.optional_host_permissions = (manifest.optional_host_permissions ?? []).filter((o) => o !== `${PYPI}/*`);
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

let h: Harness;
let copy: string;
let form: OpenForm | undefined;
let panel: Page | undefined;
/** Every request to pypi.org, from any page or worker: as the browser saw it, and as we answered it. */
const seen: string[] = [];
const served: string[] = [];

beforeAll(async () => {
  copy = grantedCopy();
  h = await launch({ extensionDir: copy });
  h.ctx.on('request', (request) => {
    if (request.url().startsWith(PYPI)) seen.push(request.url());
  });
  // Registered after the harness's catch-all, so it wins for pypi.org.
  await h.ctx.route(`${PYPI}/**`, (route: Route) => {
    const url = route.request().url();
    served.push(url);
    const answer = ROUTES[url] ?? { status: 404, body: 'Not Found' };
    const type = url.endsWith('/json') ? 'application/json' : 'text/html';
    return route.fulfill({ status: answer.status ?? 200, contentType: type, body: answer.body ?? '' });
  });
});
afterAll(async () => {
  await h?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});
afterEach(async () => {
  await panel?.close();
  await form?.page.close();
  panel = form = undefined;
  seen.length = 0;
  served.length = 0;
});

type Stored = { report: { checks: { id: string; status: string }[] } } | null;
const proofStatus = async (tabId: number) =>
  ((await h.tabState(tabId)) as Stored)?.report.checks.find((c) => c.id === 'reason.ownership_proof')?.status;

describe('the ownership pre-check', () => {
  it('click → permission → verdict table → insert: the reason gets the sentence and offers proof', async () => {
    form = await openForm(h, 'react');
    await form.username.fill('`octo-maintainer`');
    await form.reason.fill('My phone with the authenticator app was stolen in March 2026.');
    await expect.poll(() => proofStatus(form!.tabId)).toBe('warn');

    panel = await h.openPanel(form.tabId);
    await panel.getByRole('button', { name: 'Check my PyPI projects' }).click();
    const rows = panel.locator('.ownership__table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
    expect(await rows.nth(0).textContent()).toContain('Under your GitHub account');
    expect(await rows.nth(1).textContent()).toContain('say your role');
    expect(await rows.nth(2).textContent()).toContain('Another host');
    expect(await panel.getByTestId('own-headline').textContent()).toMatch(
      /^1 of 3 projects link a repository under your GitHub account/,
    );
    expect(served[0]).toBe(`${PYPI}/user/octo-maintainer/`);
    expect([...served].sort()).toEqual(Object.keys(ROUTES).sort());
    // The context's request log sees the worker's fetches too: the silence in the next test means something.
    expect([...seen].sort()).toEqual([...served].sort());

    // The table, summary and insert button are usable with a screen reader and keyboard (axe, WCAG 2.2 AA).
    expect(
      (await panelAxeViolations(panel)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);

    const sentence = (await panel.locator('.ownership blockquote').textContent()) ?? '';
    expect(sentence).toContain('`tidyframes` (https://github.com/octo-maintainer/tidyframes)');
    await panel.getByRole('button', { name: 'Insert this as proof' }).click();
    await expect.poll(() => form!.reason.inputValue()).toContain(sentence);
    await expect.poll(() => proofStatus(form!.tabId)).toBe('pass');

    // The result lives in storage.session: a stopped worker and a reopened panel still show it.
    await h.restartServiceWorker();
    await panel.reload();
    await expect.poll(() => panel!.locator('.ownership__table tbody tr').count()).toBe(3);
  });

  it('a whole session on the form without the click sends nothing to pypi.org', async () => {
    form = await openForm(h, 'react');
    await fillComplete(form);
    panel = await h.openPanel(form.tabId);
    await panel.getByRole('button', { name: 'Check my PyPI projects' }).waitFor();
    await form.reason.press('End');
    await form.reason.type(' Thank you.');
    await form.page.reload();
    await form.reason.waitFor();
    await h.restartServiceWorker();
    await panel.reload();
    await panel.getByRole('button', { name: 'Check my PyPI projects' }).waitFor();
    // One more keystroke wakes the restarted worker (it runs its start-up, the look-up's sweep included):
    // once its report of that text is stored, everything the session could have set off has been set off.
    await form.reason.press('End');
    await form.reason.type(' Woken.');
    const reason = async () => (await snapshotOf(h, form!.tabId))?.reason ?? '';
    await expect.poll(reason).toMatch(/ Woken\.$/);
    expect(seen).toEqual([]);
    expect(served).toEqual([]);
  });
});
