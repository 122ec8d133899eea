import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_PATH, ISSUE_PATH, launch, type Badge, type Harness } from './harness';
import { axeEverywhere, untranslated } from './panel-axe';
import { checkItem, openTimedPanel, PANEL_VIEWPORT, summaryScore } from './panel-steps';
import { capture, dressForm, sharpViewport, shoot, shootComposite } from './shots';
import { fillComplete, GREEN, isReady, OPTIONS, openForm, snapshotOf, type OpenForm } from './steps';

let h: Harness;
const opened: Page[] = [];
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  for (const p of opened) await p.close().catch(() => undefined);
  await h?.close();
});

/** A request as people really start one: a decorated username, a fair reason, one box left unticked. */
const REAL_REASON =
  "I can't log in to PyPI since my phone was stolen in March 2026; the authenticator app was on it. " +
  'I still know my password and can read the email address on the account.';

async function fillRealLooking(f: OpenForm): Promise<void> {
  await f.username.fill('@octo-maintainer');
  await f.reason.fill(REAL_REASON);
  for (const option of OPTIONS.slice(1)) await f.scope.getByLabel(option).check();
}

/** Waits until the background has judged everything typed and the panel shows the badge's score. */
async function settled(f: OpenForm, panel: Page): Promise<Badge> {
  await expect
    .poll(async () => {
      const s = await snapshotOf(h, f.tabId);
      return s?.reason === REAL_REASON && s.acknowledgement === true;
    })
    .toBe(true);
  await expect.poll(async () => (await summaryScore(panel)) === (await h.badge(f.tabId)).text).toBe(true);
  return h.badge(f.tabId);
}

async function panelFor(f: OpenForm | null, pathWithoutForm?: string): Promise<Page> {
  let tabId: number;
  if (f) {
    tabId = f.tabId;
  } else {
    const page = await h.open(pathWithoutForm!);
    opened.push(page);
    tabId = await h.tabId(page);
  }
  const panel = f ? await openTimedPanel(h, tabId) : await h.openPanel(tabId);
  opened.push(panel);
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.locator('main.panel').waitFor();
  await panel.waitForFunction(() => !document.querySelector('.notice--quiet'));
  return panel;
}

describe('axe-core finds no violations in the panel, light and dark', () => {
  it('with a failing checklist (and after a fix, with the Undo bar); writes the README screenshots', async () => {
    const f = await openForm(h, 'react');
    opened.push(f.page);
    await fillRealLooking(f);
    const panel = await panelFor(f);
    expect((await settled(f, panel)).color).not.toBe(GREEN);
    await panel.locator('.summary--todo').waitFor();
    expect(await untranslated(panel)).toEqual([]);
    expect(await axeEverywhere(panel)).toEqual([]);

    // The shots: the panel as a user first sees it, at the side panel's size.
    await sharpViewport(panel, PANEL_VIEWPORT.width, PANEL_VIEWPORT.height);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      await shoot(panel, `panel-${colorScheme}.png`);
    }
    await panel.emulateMedia({ colorScheme: 'light' });

    await checkItem(panel, 'username.format')
      .getByRole('button', { name: /Change the username to/ })
      .click();
    await panel.getByRole('button', { name: 'Undo the last change' }).waitFor();
    expect(await axeEverywhere(panel)).toEqual([]);
  });

  it('with a passing (ready) checklist', async () => {
    const f = await openForm(h, 'react');
    opened.push(f.page);
    await fillComplete(f);
    await h.waitForBadge(f.tabId, isReady);
    const panel = await panelFor(f);
    await panel.locator('.summary--ready').waitFor();
    expect(await untranslated(panel)).toEqual([]);
    expect(await axeEverywhere(panel)).toEqual([]);
  });

  it('when the tab has no recovery form', async () => {
    const panel = await panelFor(null, ISSUE_PATH);
    await panel.getByRole('button', { name: 'Open the recovery form' }).waitFor();
    expect(await untranslated(panel)).toEqual([]);
    expect(await axeEverywhere(panel)).toEqual([]);
  });
});

it('pictures the form page with its badge and the panel beside it', async () => {
  const f = await openForm(h, 'react');
  opened.push(f.page);
  await fillRealLooking(f);
  const panel = await panelFor(f);
  const badge = await settled(f, panel);
  await panel.emulateMedia({ colorScheme: 'light' });
  await sharpViewport(panel, PANEL_VIEWPORT.width, PANEL_VIEWPORT.height);
  const panelPng = await capture(panel);

  await f.page.bringToFront();
  await sharpViewport(f.page, 820, 800);
  await dressForm(f.page);
  const formPng = await capture(f.page);

  const stage = await h.ctx.newPage();
  opened.push(stage);
  const file = await shootComposite(stage, formPng, panelPng, badge, `github.com${FORM_PATH}`, 'form-with-panel.png');
  // The drawn badge is the one the extension set: its text is on the picture's page.
  expect(await stage.getByText(badge.text, { exact: true }).count()).toBe(1);
  expect(file).toMatch(/form-with-panel\.png$/);
});
