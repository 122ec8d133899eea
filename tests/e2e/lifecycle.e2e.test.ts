import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FORM_PATH, ISSUE_PATH, launch, type Harness } from './harness';
import { reloadExtension, summary, ticked, watchErrors } from './lifecycle-steps';
import { COMPLETE_REASON, GREEN, higher, isScore, openForm, OPTIONS, score, snapshotOf } from './steps';

let h: Harness;
let pages: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
afterEach(async () => {
  await Promise.all(pages.map((p) => p.close()));
  pages = [];
});

const keep = <T extends Page>(page: T): T => {
  pages.push(page);
  return page;
};

describe('the service worker stopping mid-session', () => {
  it('loses nothing: typing afterwards moves the badge, and the panel shows the current state', async () => {
    const form = await openForm(h, 'react');
    keep(form.page);
    await form.username.fill('`octo-maintainer`');
    const before = await h.waitForBadge(form.tabId, (b) => isScore(b) && score(b)[0] >= 4);

    await h.restartServiceWorker();
    expect(await h.workerRunning()).toBe(false);

    // The user goes on typing into the reason: the page wakes a new worker, which judges the whole text.
    await form.reason.fill(COMPLETE_REASON);
    const after = await h.waitForBadge(form.tabId, higher(before));
    expect(await h.workerRunning()).toBe(true);
    expect(await snapshotOf(h, form.tabId)).toMatchObject({
      username: '`octo-maintainer`',
      reason: COMPLETE_REASON,
    });

    // The panel, opened after the restart, agrees with the badge and can still write into the page.
    const panel = keep(await h.openPanel(form.tabId));
    await expect.poll(() => summary(panel).textContent()).toContain(`${score(after)[0]} of ${score(after)[1]} ready`);
    await panel.getByRole('button', { name: 'I agree — tick this box' }).first().click();
    await h.waitForBadge(form.tabId, higher(after));
    expect(await ticked(form.page)).toBe(1);
  });
});

describe('two recovery tabs at once', () => {
  it('keeps a badge and a state per tab, and the panel writes only into its own tab', async () => {
    const a = await openForm(h, 'react');
    keep(a.page);
    await a.username.fill('`octo-maintainer`');
    await a.reason.fill(COMPLETE_REASON);
    const b = await openForm(h, 'react');
    keep(b.page);
    expect(b.tabId).not.toBe(a.tabId);
    await b.username.fill('someone-else');

    await expect.poll(async () => (await snapshotOf(h, b.tabId))?.username).toBe('someone-else');
    const badgeA = await h.waitForBadge(a.tabId, (x) => isScore(x) && score(x)[0] >= 7);
    const badgeB = await h.waitForBadge(b.tabId, isScore);
    expect(score(badgeB)[0]).toBeLessThan(score(badgeA)[0]);
    expect(await snapshotOf(h, a.tabId)).toMatchObject({ username: '`octo-maintainer`', reason: COMPLETE_REASON });
    expect((await snapshotOf(h, b.tabId))?.reason).toBe('');

    // The panel of tab B ticks a box: B changes, A does not.
    const panelB = keep(await h.openPanel(b.tabId));
    await expect.poll(() => summary(panelB).textContent()).toContain(`${score(badgeB)[0]} of`);
    await panelB.getByRole('button', { name: 'I agree — tick this box' }).first().click();
    await h.waitForBadge(b.tabId, higher(badgeB));
    expect(await ticked(b.page)).toBe(1);
    expect(await ticked(a.page)).toBe(0);
    expect(await h.badge(a.tabId)).toEqual(badgeA);

    // And the other way round: A's writes land in A.
    expect(await h.write(a.tabId, { kind: 'tick', box: 'codeOfConduct' })).toMatchObject({ ok: true });
    await h.waitForBadge(a.tabId, higher(badgeA));
    expect(await ticked(a.page)).toBe(1);
    expect(await ticked(b.page)).toBe(1);
    await expect.poll(() => summary(panelB).textContent()).not.toContain(`${score(badgeB)[0]} of`);
  });
});

describe('the panel on a tab without the form', () => {
  it('explains what it is for, offers to open the form, and nothing throws', async () => {
    const page = keep(await h.open(ISSUE_PATH));
    const tabId = await h.tabId(page);
    const panel = keep(await h.ctx.newPage());
    const thrown: string[] = [];
    panel.on('pageerror', (e) => thrown.push(e.message));
    panel.on('console', (m) => void (m.type() === 'error' && thrown.push(m.text())));
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
    await expect
      .poll(() => panel.getByRole('heading', { name: 'No recovery form in this tab' }).isVisible())
      .toBe(true);

    await panel.getByRole('button', { name: 'Open the recovery form' }).click();
    await page.waitForURL(`https://github.com${FORM_PATH}`);
    await h.waitForBadge(tabId, isScore);
    await expect.poll(() => summary(panel).isVisible()).toBe(true);
    expect(thrown).toEqual([]);
  });

  it('a panel for a tab that does not exist says so too, without errors', async () => {
    const panel = keep(await h.ctx.newPage());
    const thrown: string[] = [];
    panel.on('pageerror', (e) => thrown.push(e.message));
    await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=987654`);
    await expect.poll(() => panel.getByRole('button', { name: 'Open the recovery form' }).isVisible()).toBe(true);
    expect(thrown).toEqual([]);
  });
});

describe('leaving GitHub for another site', () => {
  it("clears the badge and the stored state, though the extension cannot read that site's address", async () => {
    await h.ctx.route('https://example.org/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Elsewhere</title><p>Elsewhere</p>',
      }),
    );
    const form = await openForm(h, 'react');
    keep(form.page);
    await h.waitForBadge(form.tabId, isScore);
    await form.page.goto('https://example.org/');
    await h.waitForBadge(form.tabId, (b) => b.text === '');
    await expect.poll(() => h.tabState(form.tabId)).toBeNull();
    await h.ctx.unroute('https://example.org/**');
  });
});

describe('the extension reloaded or updated while the form is open', () => {
  // Each reload closes the extension page used for reads; the next reload goes through the new one.
  let probePage: Page | undefined;
  it('the old content script stops quietly; the new one reconnects and the text is untouched', async () => {
    const form = await openForm(h, 'react');
    keep(form.page);
    const typedName = '`octo-maintainer`';
    const typedReason = 'My phone was stolen in March 2026 and the authenticator app was on it.';
    await form.username.fill(typedName);
    await form.reason.fill(typedReason);
    await form.scope.getByLabel(OPTIONS[0]!).check();
    await expect.poll(() => snapshotOf(h, form.tabId)).toMatchObject({ reason: typedReason, recoveryCodes: true });
    // The background sets the badge before it stores the state, so this is the final badge for this text.
    const before = await h.badge(form.tabId);
    expect(isScore(before)).toBe(true);
    const watch = await watchErrors(h, form.page);
    // Counts every edit event the page sees from now on: none may come from the extension.
    await form.page.evaluate(() => {
      const w = window as { __edits?: number };
      w.__edits = 0;
      for (const type of ['beforeinput', 'input', 'change'])
        document.addEventListener(type, () => (w.__edits! += 1), true);
    });

    const probe = await reloadExtension(h);
    probePage = probe.page;
    // Reconnected without a page load: the badge is back and judges the text already on the page. The
    // background sets the text before the colour (toolbar.ts), so wait for both before comparing.
    const back = await probe.waitForBadge(form.tabId, (b) => isScore(b) && b.color === before.color, 10_000);
    expect(back).toEqual(before);
    await expect
      .poll(() => snapshotOf(probe, form.tabId))
      .toMatchObject({
        username: typedName,
        reason: typedReason,
        recoveryCodes: true,
      });
    expect(await form.page.evaluate(() => (window as { __edits?: number }).__edits)).toBe(0);
    expect(await form.username.inputValue()).toBe(typedName);
    expect(await form.reason.inputValue()).toBe(typedReason);

    // Typing goes on as before, and one write from the panel lands once (one live content script).
    await form.reason.fill(COMPLETE_REASON);
    const typed = await probe.waitForBadge(form.tabId, higher(before));
    expect(await probe.write(form.tabId, { kind: 'insert', text: 'Thank you.', at: 'end' })).toMatchObject({
      ok: true,
    });
    expect(await form.reason.inputValue()).toBe(`${COMPLETE_REASON}\n\nThank you.`);
    expect(await probe.write(form.tabId, { kind: 'undo' })).toMatchObject({ ok: true });
    expect(await form.reason.inputValue()).toBe(COMPLETE_REASON);
    expect(await probe.badge(form.tabId)).toEqual(typed);
    expect(typed.color).not.toBe(GREEN);

    expect(watch.errors()).toEqual([]);
    await watch.stop();
  });

  it('the leak guard works after the update, with one prompt only (the old script no longer intercepts)', async () => {
    const code = '9f3a61c0b7d24e58';
    const reason = `My phone with the authenticator app was stolen. My recovery code is ${code}.`;
    // Opened without the harness's helpers: they read through the extension page the last reload closed.
    const page = keep(await h.open(FORM_PATH));
    const reasonBox = page.locator('main').getByLabel('Reason for request');
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await reasonBox.fill(reason);
    const probe = await reloadExtension(h, probePage);
    probePage = probe.page;
    const tabId = await probe.tabId(page);
    await expect.poll(async () => (await snapshotOf(probe, tabId))?.reason).toBe(reason);
    const submitted = () => page.evaluate(() => Number(document.documentElement.dataset.submitted ?? 0));

    await page.getByRole('button', { name: 'Create' }).click();
    const prompt = page.getByRole('alertdialog');
    await prompt.first().waitFor({ timeout: 5_000 });
    expect(await prompt.count()).toBe(1);
    expect(await submitted()).toBe(0);
    await prompt.getByRole('button', { name: 'Submit anyway' }).click();
    await expect.poll(submitted).toBe(1);
    expect(await reasonBox.inputValue()).toBe(reason);
  });
});
