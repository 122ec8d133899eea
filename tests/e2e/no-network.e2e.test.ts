import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { isScore, openForm, OPTIONS, score, snapshotOf } from './steps';

/**
 * "Nothing leaves the machine": every request the browser makes during a whole session on the form —
 * pages, the content script, the service worker, the panel — is recorded, and only the github.com
 * fixture pages (served locally by the harness) and the extension's own files may appear.
 */

let h: Harness;
const seen: { url: string; from: string }[] = [];
const record = (request: Request) => {
  const from = request.serviceWorker() ? 'service worker' : request.isNavigationRequest() ? 'navigation' : 'page';
  seen.push({ url: request.url(), from });
};
beforeAll(async () => {
  h = await launch();
  h.ctx.on('request', record);
});
afterAll(() => h?.close());

/** The routed fixture pages and their scripts, the extension's files, and inline data. */
const allowed = (url: string) =>
  /^https:\/\/github\.com\//.test(url) || /^chrome-extension:\/\//.test(url) || /^data:/.test(url);
const since = (start: number) => seen.slice(start);

describe('a full session on the form', () => {
  it('sends nothing anywhere: load, type, tick, open the panel, apply a fix, undo', async () => {
    const start = seen.length;
    const form = await openForm(h, 'react');
    await form.username.fill('@octo-maintainer');
    await form.reason.fill('My phone with the authenticator app was stolen in March 2026. I still know my password.');
    await form.scope.getByLabel(OPTIONS[1]!).check();
    await form.scope.getByLabel(OPTIONS[2]!).check();
    await h.waitForBadge(form.tabId, (b) => isScore(b) && score(b)[0] >= 4);

    const panel: Page = await h.openPanel(form.tabId);
    const fix = panel.getByRole('button', { name: /^Change the username to/ });
    await fix.click();
    await expect.poll(() => form.username.inputValue()).toBe('`octo-maintainer`');
    await panel.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => form.username.inputValue()).toBe('@octo-maintainer');
    const username = async () => (await snapshotOf(h, form.tabId))?.username;
    await expect.poll(username).toBe('@octo-maintainer');
    // The session's last events: the panel offers the username fix again for the undone text, and the
    // content script answers for the page. Whatever the session set off has been set off by then.
    await panel.getByRole('button', { name: /^Change the username to/ }).waitFor();
    expect(await h.pageStatus(form.tabId)).toBe('form');

    const requests = since(start);
    const elsewhere = requests.filter((r) => !allowed(r.url));
    const hosts = [...new Set(requests.map((r) => `${new URL(r.url).protocol}//${new URL(r.url).host}`))];
    console.log(`no-network: ${requests.length} requests during the session, to ${hosts.join(', ')}`);
    expect(elsewhere).toEqual([]);
    // The session did load pages and extension files, so the recorder was listening.
    expect(requests.some((r) => r.url.startsWith('https://github.com/pypi/support/issues/new'))).toBe(true);
    expect(requests.some((r) => r.url.startsWith('chrome-extension://'))).toBe(true);
    await panel.close();
    await form.page.close();
  });

  it('the recorder would see a request from the page, the panel or the service worker', async () => {
    const start = seen.length;
    const page = await h.open('/pypi/support/issues/4242');
    await page.evaluate(() => fetch('https://tracker.example/page').catch(() => undefined));
    const panel = await h.openPanel(await h.tabId(page));
    await panel.evaluate(() => fetch('https://tracker.example/panel').catch(() => undefined));
    const [worker] = h.ctx.serviceWorkers();
    await worker!.evaluate(() => fetch('https://tracker.example/worker').catch(() => undefined));
    await expect
      .poll(() =>
        since(start)
          .filter((r) => r.url.startsWith('https://tracker.example/'))
          .map((r) => `${r.url} ${r.from}`)
          .sort(),
      )
      .toEqual([
        'https://tracker.example/page page',
        'https://tracker.example/panel page',
        'https://tracker.example/worker service worker',
      ]);
    await panel.close();
    await page.close();
  });
});
