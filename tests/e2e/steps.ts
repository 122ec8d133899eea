/**
 * What a user does on each rendering of the form, for the browser tests (and the benchmark): open it,
 * fill it in, find its controls. Kept apart from the harness, which knows nothing about the form.
 */
import type { Locator, Page } from 'playwright-core';
import type { Snapshot } from '../../lib/protocol/messages';
import { FORM_PATH, ISSUES_PATH, type Badge, type Harness } from './harness';

export type Variant = 'react' | 'legacy' | 'dialog';
export const VARIANTS: readonly Variant[] = ['react', 'legacy', 'dialog'];
export const GREEN = '#1a7f37';

/** A request the real rules judge complete: what was lost, how and when, what was tried, what access is left, which project. */
export const COMPLETE_REASON = [
  'In March 2026 my phone was stolen on a train, and the authenticator app with my PyPI two-factor codes was on it.',
  'I tried restoring the app from a cloud backup and searched my old laptop for saved recovery codes, but I never saved them.',
  'I still know my password and I still have access to the primary email address of the account.',
  'I maintain the project sample-widgets on PyPI; its source is at https://github.com/octo-maintainer/sample-widgets, where I tagged the last release.',
].join(' ');
/**
 * Ready as the user sees it: green AND n/N full. Text and colour are two browser calls, so a read between
 * them can see the new colour with the old text; waiting for both keeps the tests off that instant.
 */
export const isReady = (b: { text: string; color: string }) =>
  b.color === GREEN && isScore(b) && score(b)[0] === score(b)[1];

export const OPTIONS = [
  'I never generated or have lost access to the recovery codes for my account',
  'I agree to follow the PSF Code of Conduct',
  'I understand that it may take a significant amount of time',
];

export const isScore = (b: Badge) => /^\d+\/\d+$/.test(b.text);
export const score = (b: Badge): [number, number] => {
  const [n = NaN, total = NaN] = b.text.split('/').map(Number);
  return [n, total];
};
/** A badge whose score has gone up since `than`. */
export const higher = (than: Badge) => (b: Badge) => isScore(b) && score(b)[0] > score(than)[0];

/**
 * What the content script last read from a tab's form, as the background stored it (`tab:<id>`), or null
 * when nothing is stored; through anything that reads the tab state (the harness, a probe, a driver).
 */
export async function snapshotOf(
  from: { tabState(tabId: number): Promise<unknown> },
  tabId: number,
): Promise<Snapshot | null> {
  return ((await from.tabState(tabId)) as { snapshot?: Snapshot | null } | null)?.snapshot ?? null;
}

export interface OpenForm {
  page: Page;
  tabId: number;
  /** Where the form's controls are: the page, or the dialog holding them. */
  scope: Locator;
  username: Locator;
  reason: Locator;
}

/** Opens the recovery form in the given rendering and waits until the page scripts are ready. */
export async function openForm(h: Harness, variant: Variant): Promise<OpenForm> {
  h.serve('/pypi/support/issues/new', variant === 'legacy' ? 'legacy-form.html' : 'react-form.html');
  let page: Page;
  let scope: Locator;
  if (variant === 'dialog') {
    page = await h.open(ISSUES_PATH);
    await page.getByRole('button', { name: 'New issue' }).click();
    await page.getByRole('link', { name: 'Account Recovery' }).click();
    scope = page.getByRole('dialog');
  } else {
    page = await h.open(FORM_PATH);
    scope = page.locator('main');
  }
  const reason = scope.getByLabel('Reason for request');
  await reason.waitFor();
  if (variant !== 'legacy') await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  return { page, tabId: await h.tabId(page), scope, username: scope.getByLabel('PyPI Username'), reason };
}

/** Fills in everything as a user would: username in backticks, a specific reason, all three boxes. */
export async function fillComplete(form: OpenForm): Promise<void> {
  await form.username.fill('`octo-maintainer`');
  await form.reason.fill(COMPLETE_REASON);
  for (const option of OPTIONS) await form.scope.getByLabel(option).check();
}

/** The page's own re-render (the React mimic in the fixtures); a no-op on the classic form. */
export async function rerender(page: Page): Promise<void> {
  type Mimic = { rerender(): void; renders: number };
  const before = await page.evaluate(() => (window as { __reactMimic?: Mimic }).__reactMimic?.renders ?? null);
  if (before === null) return;
  await page.evaluate(() => (window as { __reactMimic?: Mimic }).__reactMimic?.rerender());
  // The mimic counts its renders: wait for the one just asked for, not for a guess at how long it takes.
  await page.waitForFunction((n) => ((window as { __reactMimic?: Mimic }).__reactMimic?.renders ?? 0) > n, before, {
    polling: 10,
  });
}
