/**
 * What a user sees and does in the side panel, for the browser tests: open it (timed), read a check's
 * status and the summary's score, and walk it with the keyboard. Kept apart from the harness, which knows
 * nothing about the panel's markup.
 */
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness';

export type CheckStatus = 'pass' | 'warn' | 'fail';

/** A side panel's size in Chrome: narrow and tall. */
export const PANEL_VIEWPORT = { width: 400, height: 1000 } as const;

/**
 * Opens sidepanel.html?tabId=N like harness.openPanel, with a probe installed before any panel script
 * runs: it marks `panel:checklist-painted` once the first checklist is on screen (the frame after it
 * entered the DOM), so the first render can be timed from the panel's own `panel:script-start` mark.
 */
export async function openTimedPanel(h: Harness, tabId: number): Promise<Page> {
  const panel = await h.ctx.newPage();
  await panel.setViewportSize(PANEL_VIEWPORT);
  await panel.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.checklist')) return;
      observer.disconnect();
      // rAF runs just before the frame is painted; a task queued from it runs just after.
      requestAnimationFrame(() => setTimeout(() => performance.mark('panel:checklist-painted'), 0));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await panel.goto(`chrome-extension://${h.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('.checklist').waitFor();
  return panel;
}

export interface FirstRender {
  /** From the panel's first script line to the first painted checklist. */
  fromScriptMs: number;
  /** From the start of navigation to the first painted checklist (includes loading the files). */
  fromNavigationMs: number;
}

export async function firstRender(panel: Page): Promise<FirstRender> {
  await panel.waitForFunction(() => performance.getEntriesByName('panel:checklist-painted').length > 0);
  return panel.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
    const painted = at('panel:checklist-painted');
    return { fromScriptMs: painted - at('panel:script-start'), fromNavigationMs: painted };
  });
}

export const checkItem = (panel: Page, id: string): Locator => panel.locator(`[data-check="${id}"]`);

/** A check's status as the panel shows it (`check--fail` …), or null when the check is not listed. */
export async function checkStatus(panel: Page, id: string): Promise<CheckStatus | null> {
  const item = checkItem(panel, id);
  if ((await item.count()) === 0) return null;
  const cls = (await item.getAttribute('class')) ?? '';
  return (/check--(pass|warn|fail)/.exec(cls)?.[1] as CheckStatus | undefined) ?? null;
}

/** "6 of 10 ready — …" → "6/10", the badge's own wording, so the two can be compared. */
export async function summaryScore(panel: Page): Promise<string> {
  const text = await panel.locator('.summary__text').innerText();
  const m = /(\d+) of (\d+)/.exec(text);
  return m ? `${m[1]}/${m[2]}` : `(no score in "${text}")`;
}

export interface Focused {
  tag: string;
  text: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
}

/** The focused element and the outline the browser draws around it now. */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 80),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
    };
  });
}

/**
 * Presses Tab until the focused element's text matches, recording every stop on the way (so a test can
 * check that focus was visible on each, and say which element had no outline).
 */
export async function tabTo(page: Page, name: RegExp, maxStops = 80): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    stops.push(now);
    if (name.test(now.text)) return stops;
  }
  throw new Error(
    `no focusable element matching ${name} within ${maxStops} Tab presses: ${stops.map((s) => s.text).join(' | ')}`,
  );
}

/** Presses Tab until focus comes back to an element it has already visited: one full round of the page. */
export async function tabRound(page: Page, maxStops = 120): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      if (el.dataset.tabVisited) return true;
      el.dataset.tabVisited = '1';
      return false;
    });
    if (seen) return stops;
    const now = await focused(page);
    if (now) stops.push(now);
  }
  throw new Error(`focus never came round again in ${maxStops} Tab presses`);
}

export const outlineVisible = (f: Focused): boolean => f.outlineStyle !== 'none' && f.outlineWidth >= 1;
