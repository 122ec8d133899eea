/**
 * The panel in one locale, as a screen-reader or keyboard user meets it: axe finds nothing in either theme,
 * no message key shows instead of words, and two locales are pictured for the README (German, whose words
 * run longest, and Russian). Chromium only: axe and the screenshots go through its DevTools protocol.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { FORM_PATH, type Harness } from './harness';
import { type Locale, NARROWEST } from './locale-journey';
import { axeEverywhere, untranslated } from './panel-axe';
import { PANEL_VIEWPORT } from './panel-steps';
import { sharpViewport, shoot } from './shots';
import { snapshotOf } from './steps';

export const PICTURED = new Set(['de', 'ru']);

export async function panelIsAccessible(h: Harness, locale: Locale): Promise<void> {
  const page = await h.open(FORM_PATH);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  const tabId = await h.tabId(page);
  await page.getByLabel('PyPI Username').fill('@octo-maintainer');
  await page.getByLabel('Reason for request').fill('Since my phone was stolen in March I cannot sign in.');
  await expect
    .poll(async () => (await snapshotOf(h, tabId))?.reason)
    .toBe('Since my phone was stolen in March I cannot sign in.');
  const panel: Page = await h.openPanel(tabId);
  await panel.setViewportSize({ width: NARROWEST, height: PANEL_VIEWPORT.height });
  await panel.locator('.summary--todo').waitFor();
  expect(await untranslated(panel)).toEqual([]);
  expect(await axeEverywhere(panel)).toEqual([]);
  if (PICTURED.has(locale.tag)) {
    await sharpViewport(panel, PANEL_VIEWPORT.width, PANEL_VIEWPORT.height);
    await panel.emulateMedia({ colorScheme: 'light' });
    await shoot(panel, `panel-${locale.tag}.png`);
  }
}
