import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHOOSE_PATH, FORM_PATH, ISSUE_PATH, launch, type Harness } from './harness';
import { isScore, openForm, score, snapshotOf } from './steps';

let h: Harness;
let pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
  h.serve('/pypi/support/issues/new', 'react-form.html');
});

const open = async (path: string) => {
  const page = await h.open(path);
  pages.push(page);
  return page;
};
const noBadge = (b: { text: string }) => b.text === '';

describe('GitHub navigation without page loads', () => {
  it('chooser → form shows the badge; "choose a different template" clears it; Back brings it back', async () => {
    const page = await open(CHOOSE_PATH);
    const tabId = await h.tabId(page);
    expect((await h.badge(tabId)).text).toBe('');
    await page.getByRole('link', { name: 'Account Recovery' }).click();
    await page.waitForURL(`https://github.com${FORM_PATH}`);
    await h.waitForBadge(tabId, isScore);
    expect(await h.tabState(tabId)).toMatchObject({ status: 'form' });

    await page.getByRole('link', { name: 'Choose a different template' }).click();
    await page.waitForURL(`https://github.com${CHOOSE_PATH}`);
    await h.waitForBadge(tabId, noBadge);
    await expect.poll(() => h.tabState(tabId)).toBeNull();

    await page.goBack();
    await h.waitForBadge(tabId, isScore);
  });

  it('closing the "New issue" dialog clears the badge', async () => {
    const form = await openForm(h, 'dialog');
    pages.push(form.page);
    await h.waitForBadge(form.tabId, isScore);
    await form.page.getByRole('button', { name: 'Close' }).click();
    await h.waitForBadge(form.tabId, noBadge);
    await expect.poll(() => h.tabState(form.tabId)).toBeNull();
  });

  it('loading an ordinary issue page in the same tab clears the badge and the stored state', async () => {
    const form = await openForm(h, 'react');
    pages.push(form.page);
    await h.waitForBadge(form.tabId, isScore);
    await form.page.goto(`https://github.com${ISSUE_PATH}`);
    await h.waitForBadge(form.tabId, noBadge);
    await expect.poll(() => h.tabState(form.tabId)).toBeNull();
  });

  it('an ordinary issue page, with its own comment box and checkbox, never gets a badge', async () => {
    const page = await open(ISSUE_PATH);
    const tabId = await h.tabId(page);
    // The content script's own word that it has looked and found no form, before and after the typing.
    await h.waitForPageStatus(tabId, 'none');
    await page.getByLabel('Add a comment').fill('Uploads fail for me too.');
    await page.getByLabel('Subscribe to notifications').check();
    expect(await h.pageStatus(tabId)).toBe('none');
    expect((await h.badge(tabId)).text).toBe('');
    expect(await h.tabState(tabId)).toBeNull();
  });
});

describe('when GitHub changes its markup', () => {
  it('shows "?" and says the form was not recognised, instead of guessing', async () => {
    h.serve('/pypi/support/issues/new', 'changed-markup.html');
    const page = await open(FORM_PATH);
    const tabId = await h.tabId(page);
    const badge = await h.waitForBadge(tabId, (b) => b.text === '?');
    expect(badge.text).toBe('?');
    expect(await h.tabState(tabId)).toMatchObject({ status: 'unrecognised', report: null });
  });
});

describe('the MV3 service worker', () => {
  it("keeps the tab's state and badge across a restart, and goes on from there", async () => {
    const form = await openForm(h, 'react');
    pages.push(form.page);
    await form.username.fill('`octo-maintainer`');
    const before = await h.waitForBadge(form.tabId, (b) => isScore(b) && score(b)[0] >= 4);
    await expect.poll(async () => (await snapshotOf(h, form.tabId))?.username).toBe('`octo-maintainer`');
    const stored = await h.tabState(form.tabId);

    await h.restartServiceWorker();
    expect(await h.workerRunning()).toBe(false);
    expect(await h.tabState(form.tabId)).toEqual(stored);
    expect(await h.badge(form.tabId)).toEqual(before);

    // Typing wakes a fresh worker, which picks up from the stored state.
    await form.scope.getByLabel('I agree to follow the PSF Code of Conduct').check();
    await h.waitForBadge(form.tabId, (b) => score(b)[0] > score(before)[0]);
    expect(await h.workerRunning()).toBe(true);
    expect(await h.tabState(form.tabId)).toMatchObject({
      snapshot: { username: '`octo-maintainer`', codeOfConduct: true },
    });
  });
});

describe('the toolbar button', () => {
  it('opens the side panel in Chrome (set when the worker starts)', async () => {
    const page = await open(ISSUE_PATH);
    const probe = h.probe;
    expect(page.url()).toContain(ISSUE_PATH);
    await expect
      .poll(() => probe.evaluate(() => chrome.sidePanel.getPanelBehavior()))
      .toEqual({ openPanelOnActionClick: true });
  });
});
