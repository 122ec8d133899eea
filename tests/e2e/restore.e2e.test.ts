import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ISSUE_PATH, launch, type Harness } from './harness';
import { openForm, snapshotOf } from './steps';

const USERNAME = '`octo-maintainer`';
const REASON =
  'My phone fell into the sea in May 2026 and took my authenticator app with it.\nI still know my password.';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

const draft = (tabId: number) =>
  h.probe.evaluate(
    async (id) => (await chrome.storage.session.get(`draft:${id}`))[`draft:${id}`] ?? null,
    tabId,
  ) as Promise<{ username: string; reason: string } | null>;
const stateReason = async (tabId: number) => (await snapshotOf(h, tabId))?.reason;

describe('no lost text', () => {
  it('keeps what was typed through a reload, and the panel puts it back (undoable)', async () => {
    const form = await openForm(h, 'react');
    await form.username.fill(USERNAME);
    await form.reason.fill(REASON);
    await expect.poll(() => draft(form.tabId)).toEqual(expect.objectContaining({ username: USERNAME, reason: REASON }));

    await form.page.reload();
    await form.reason.waitFor();
    await form.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expect.poll(() => stateReason(form.tabId)).toBe('');
    // The emptied form did not overwrite the saved text.
    expect(await draft(form.tabId)).toEqual(expect.objectContaining({ username: USERNAME, reason: REASON }));

    const panel = await h.openPanel(form.tabId);
    const restore = panel.getByRole('button', { name: 'Restore your text' });
    await restore.waitFor({ timeout: 5_000 });
    // The first line is shown, so the user knows what comes back.
    expect(await panel.locator('.draft__preview').textContent()).toBe(
      'My phone fell into the sea in May 2026 and took my authenticator app with it.',
    );
    await restore.click();

    await expect.poll(() => form.reason.inputValue()).toBe(REASON);
    expect(await form.username.inputValue()).toBe(USERNAME);
    // The offer goes once the text is back; the panel's Undo takes it out again.
    await expect.poll(() => restore.count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo the last change' }).click();
    await expect.poll(() => form.reason.inputValue()).toBe('');
    await panel.close();
    await form.page.close();
  });

  it('"Forget my text" deletes the saved copy, and creating the issue clears it too', async () => {
    const form = await openForm(h, 'react');
    await form.reason.fill(REASON);
    await expect.poll(async () => (await draft(form.tabId))?.reason).toBe(REASON);
    await form.reason.fill('');
    const panel = await h.openPanel(form.tabId);
    await panel.getByRole('button', { name: 'Forget my text' }).click();
    await expect.poll(() => draft(form.tabId)).toBeNull();
    expect(await panel.getByRole('button', { name: 'Restore your text' }).count()).toBe(0);

    await form.reason.fill(REASON);
    await expect.poll(async () => (await draft(form.tabId))?.reason).toBe(REASON);
    // GitHub opens the new issue after "Create".
    await form.page.goto(`https://github.com${ISSUE_PATH}`);
    await expect.poll(() => draft(form.tabId)).toBeNull();
    await panel.close();
    await form.page.close();
  });
});
