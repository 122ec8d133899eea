import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import {
  checkItem,
  checkStatus,
  focused,
  openTimedPanel,
  outlineVisible,
  PANEL_VIEWPORT,
  summaryScore,
  tabTo,
} from './panel-steps';
import { isScore, OPTIONS, openForm, snapshotOf } from './steps';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

/** A side panel on a laptop screen: shorter than the checklist, so its last group starts below the fold. */
const LAPTOP_PANEL = { width: PANEL_VIEWPORT.width, height: 600 };

/** Whether an element's box is inside the panel's window now. */
const inView = (box: { y: number; height: number } | null) =>
  box !== null && box.y >= 0 && box.y + box.height <= LAPTOP_PANEL.height;

it('keyboard only: the "To fix" link jumps to the one failing check below the fold, and Space fixes it', async () => {
  // A fair request with one box left unticked: its check sits at the bottom, under the passing ones.
  const f = await openForm(h, 'react');
  await f.username.fill('`octo-maintainer`');
  await f.reason.fill(
    'My phone with the authenticator app was stolen in March 2026. I still know my password and have my email.',
  );
  for (const option of OPTIONS.slice(1)) await f.scope.getByLabel(option).check();
  await expect.poll(async () => (await snapshotOf(h, f.tabId))?.acknowledgement).toBe(true);
  await h.waitForBadge(f.tabId, isScore);
  const p = await openTimedPanel(h, f.tabId);
  await p.setViewportSize(LAPTOP_PANEL);
  await expect.poll(async () => (await summaryScore(p)) === (await h.badge(f.tabId)).text).toBe(true);
  await p.bringToFront();

  const title = checkItem(p, 'recovery_codes.checked').locator('.check__title');
  expect(inView(await title.boundingBox())).toBe(false);
  // A passing check is one line; its why is there, folded.
  expect(await checkItem(p, 'username.present').locator('.check__message').isVisible()).toBe(false);

  // The first link after the summary is the failing check; Enter moves focus (visibly) to it.
  const stops = await tabTo(p, /Recovery codes box ticked/);
  expect(stops).toHaveLength(1);
  await p.keyboard.press('Enter');
  await expect.poll(async () => (await focused(p))?.text).toBe('Needs fixing: Recovery codes box ticked');
  expect(outlineVisible((await focused(p))!)).toBe(true);
  expect(inView(await title.boundingBox())).toBe(true);

  // Tab continues from the item: its own fix is the next stop.
  await p.keyboard.press('Tab');
  expect((await focused(p))?.text).toBe('I agree — tick this box');
  await p.keyboard.press('Space');
  await expect.poll(() => f.scope.getByLabel(OPTIONS[0]!).isChecked()).toBe(true);
  await expect.poll(() => checkStatus(p, 'recovery_codes.checked')).toBe('pass');
  // Nothing fails any more: the list keeps only the suggestions, under their own heading.
  await expect.poll(() => p.getByRole('navigation', { name: 'Worth a look' }).count()).toBe(1);
});
