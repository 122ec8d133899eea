import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { openForm, OPTIONS, snapshotOf, type OpenForm } from './steps';

/** A made-up code in PyPI's recovery-code shape (16 lowercase hex digits). */
const CODE = '9f3a61c0b7d24e58';
const REASON = `I lost my phone with the authenticator app. In case it helps, my recovery code is ${CODE}.`;

let h: Harness;
let form: OpenForm | undefined;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());
afterEach(async () => {
  await form?.page.close();
  form = undefined;
});

const prompt = (page: Page) => page.getByRole('alertdialog');
const submissions = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.submitted ?? 0));

/** Types the reason and waits until the background's check of exactly that text reached the page. */
async function typeLeak(f: OpenForm): Promise<void> {
  await f.username.fill('`octo-maintainer`');
  await f.reason.fill(REASON);
  await expect.poll(async () => (await snapshotOf(h, f.tabId))?.reason).toBe(REASON);
}

describe('the leak guard on the React form', () => {
  it('stops "Create" when the reason holds a recovery code, and "Remove it" takes the code out (Ctrl+Z brings it back)', async () => {
    form = await openForm(h, 'react');
    await typeLeak(form);
    await form.page.getByRole('button', { name: 'Create' }).click();
    await prompt(form.page).waitFor({ timeout: 5_000 });
    await expect.poll(() => prompt(form!.page).textContent()).toContain('This issue will be public.');
    expect(await prompt(form.page).textContent()).toContain('a recovery code');
    expect(await submissions(form.page)).toBe(0);
    // Focus is in the prompt, on its first action.
    expect(await form.page.evaluate(() => document.activeElement?.hasAttribute('data-pypi-recovery-leak-prompt'))).toBe(
      true,
    );

    await prompt(form.page).getByRole('button', { name: 'Remove it' }).click();
    await expect.poll(() => prompt(form!.page).count()).toBe(0);
    const cleaned = await form.reason.inputValue();
    expect(cleaned).not.toContain(CODE);
    expect(cleaned).toContain('my recovery code is [removed]');
    expect(await submissions(form.page)).toBe(0);

    await form.reason.press('Control+z');
    expect(await form.reason.inputValue()).toBe(REASON);
  });

  it('"Submit anyway" lets that one submission through', async () => {
    form = await openForm(h, 'react');
    await typeLeak(form);
    await form.page.getByRole('button', { name: 'Create' }).click();
    await prompt(form.page).getByRole('button', { name: 'Submit anyway' }).click();
    await expect.poll(() => submissions(form!.page)).toBe(1);
    expect(await prompt(form.page).count()).toBe(0);
    expect(await form.reason.inputValue()).toBe(REASON);
  });

  it('catches Ctrl+Enter pressed right after typing; Escape closes the prompt without submitting', async () => {
    form = await openForm(h, 'react');
    await form.reason.fill(REASON);
    // Pressed before the check of the new text can have come back: the guard waits for it.
    await form.reason.press('Control+Enter');
    await prompt(form.page).waitFor({ timeout: 5_000 });
    await form.page.keyboard.press('Escape');
    await expect.poll(() => prompt(form!.page).count()).toBe(0);
    expect(await submissions(form.page)).toBe(0);
    expect(await form.reason.inputValue()).toBe(REASON);
  });

  it('does not stand in the way of a clean request, even one submitted right after typing', async () => {
    form = await openForm(h, 'react');
    await form.username.fill('`octo-maintainer`');
    await form.reason.fill('I lost my phone with the authenticator app in March 2026. My email is me@example.org.');
    // No wait for the check: the guard holds the click until the answer comes, then lets it through.
    await form.page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => submissions(form!.page)).toBe(1);
    expect(await prompt(form.page).count()).toBe(0);
  });
});

describe('the leak guard on the classic form', () => {
  it('stops "Submit new issue", and "Submit anyway" sends the form', async () => {
    form = await openForm(h, 'legacy');
    // The classic form's boxes are `required`: the browser would not send it otherwise.
    for (const option of OPTIONS) await form.scope.getByLabel(option).check();
    await typeLeak(form);
    await form.page.getByRole('button', { name: 'Submit new issue' }).click();
    await prompt(form.page).waitFor({ timeout: 5_000 });
    expect(new URL(form.page.url()).pathname).toBe('/pypi/support/issues/new');
    await Promise.all([
      form.page.waitForURL((url) => url.pathname === '/pypi/support/issues', { timeout: 5_000 }),
      prompt(form.page).getByRole('button', { name: 'Submit anyway' }).click(),
    ]);
  });
});
