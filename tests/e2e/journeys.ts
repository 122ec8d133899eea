/**
 * The journeys a user walks, written once against the browser-neutral driver (./driver/types.ts) and run in
 * headless Chromium and headless Firefox (journeys-chromium / journeys-firefox .e2e.test.ts).
 */
import { expect } from 'vitest';
import type { Driver, Tab } from './driver/types';
import { FORM_PATH, ISSUE_PATH } from './harness';
import { COMPLETE_REASON, higher, isReady, isScore, OPTIONS, score, snapshotOf } from './steps';

export interface Journey {
  name: string;
  run(d: Driver): Promise<void>;
}

const USERNAME = 'PyPI Username';
const REASON = 'Reason for request';

/** Waits until the background has judged exactly what the page holds, so nothing can still change under the test. */
async function judged(d: Driver, tab: Tab): Promise<void> {
  const page = { username: await tab.value(USERNAME), reason: await tab.value(REASON) };
  await expect
    .poll(async () => {
      const s = await snapshotOf(d, tab.id);
      return s?.username === page.username && s.reason === page.reason;
    })
    .toBe(true);
}

async function complete(tab: Tab): Promise<void> {
  await tab.fill(USERNAME, '`octo-maintainer`');
  await tab.fill(REASON, COMPLETE_REASON);
  for (const option of OPTIONS) await tab.check(option);
}

export const JOURNEYS: readonly Journey[] = [
  {
    name: 'detects the form on load and shows a score that is not green',
    async run(d) {
      const tab = await d.open(FORM_PATH);
      const badge = await d.waitForBadge(tab.id, isScore);
      expect(isReady(badge)).toBe(false);
      expect(score(badge)[0]).toBeLessThan(score(badge)[1]);
      await tab.close();
    },
  },
  {
    // Clicking the button is browser chrome, out of reach of both protocols; its handler is unit-tested
    // (tests/unit/background/toolbar.test.ts). Here the running extension says what the click opens.
    name: 'the toolbar button carries the name and opens the panel (side panel in Chrome, sidebar in Firefox)',
    async run(d) {
      const button = await d.toolbarButton();
      expect(button.title).toBe('PyPI Recovery Assistant');
      expect(button.opens).toBe(`${d.origin}/sidepanel.html`);
    },
  },
  {
    name: 'typing moves the badge, and a complete request turns it green',
    async run(d) {
      const tab = await d.open(FORM_PATH);
      const empty = await d.waitForBadge(tab.id, isScore);
      await tab.type(USERNAME, 'octo-maintainer');
      await d.waitForBadge(tab.id, higher(empty));
      await complete(tab);
      await d.waitForBadge(tab.id, isReady);
      await tab.close();
    },
  },
  {
    name: "the panel's checklist follows the page and agrees with the badge",
    async run(d) {
      const tab = await d.open(FORM_PATH);
      await d.waitForBadge(tab.id, isScore);
      const panel = await d.openPanel(tab.id);
      await expect.poll(async () => (await panel.score()) === (await d.badge(tab.id)).text).toBe(true);
      expect(await panel.status('username.present')).toBe('fail');
      await tab.type(USERNAME, 'octo-maintainer');
      await expect.poll(() => panel.status('username.present')).toBe('pass');
      await expect.poll(async () => (await panel.score()) === (await d.badge(tab.id)).text).toBe(true);
      await panel.close();
      await tab.close();
    },
  },
  {
    name: 'a one-click fix writes into the page, and Undo in the panel restores it',
    async run(d) {
      const tab = await d.open(FORM_PATH);
      await tab.fill(USERNAME, '@octo-maintainer');
      await judged(d, tab);
      const before = await d.badge(tab.id);
      const panel = await d.openPanel(tab.id);
      await panel.click(/^Change the username to/, 'username.format');
      await expect.poll(() => tab.value(USERNAME)).toBe('`octo-maintainer`');
      await expect.poll(() => panel.status('username.format')).toBe('pass');
      await panel.click('Undo the last change');
      await expect.poll(() => tab.value(USERNAME)).toBe('@octo-maintainer');
      await d.waitForBadge(tab.id, (b) => b.text === before.text);
      await panel.close();
      await tab.close();
    },
  },
  {
    name: 'the leak guard stops a submission that carries a recovery code, and "Remove it" takes the code out',
    async run(d) {
      const code = '5c0e9a27d14b83f6';
      const tab = await d.open(FORM_PATH);
      await tab.fill(USERNAME, '`octo-maintainer`');
      await tab.fill(REASON, `My phone and its authenticator were stolen. One of my recovery codes is ${code}.`);
      await judged(d, tab);
      await tab.clickButton('Create');
      await expect.poll(() => tab.text('[role="alertdialog"]')).toContain('This issue will be public.');
      expect(await tab.counter('submitted')).toBe(0);
      await tab.clickButton('Remove it');
      await expect.poll(() => tab.value(REASON)).toContain('[removed]');
      expect(await tab.value(REASON)).not.toContain(code);
      expect(await tab.counter('submitted')).toBe(0);
      await tab.close();
    },
  },
  {
    // Loaded again rather than reloaded: on a reload Firefox itself keeps what was typed in the fields.
    name: 'when the form is loaded again empty, the panel offers the lost text back, and puts it back',
    async run(d) {
      const reason = 'My security key went through the wash in June 2026.\nI still know my password.';
      const tab = await d.open(FORM_PATH);
      await tab.fill(USERNAME, '`octo-maintainer`');
      await tab.fill(REASON, reason);
      await expect
        .poll(async () => ((await d.stored(`draft:${tab.id}`)) as { reason?: string } | null)?.reason)
        .toBe(reason);
      await tab.goto(FORM_PATH);
      await expect.poll(async () => (await snapshotOf(d, tab.id))?.reason).toBe('');
      const panel = await d.openPanel(tab.id);
      await panel.click('Restore your text');
      await expect.poll(() => tab.value(REASON)).toBe(reason);
      expect(await tab.value(USERNAME)).toBe('`octo-maintainer`');
      await panel.close();
      await tab.close();
    },
  },
  {
    name: 'leaving the form clears the badge and the stored state',
    async run(d) {
      const tab = await d.open(FORM_PATH);
      await d.waitForBadge(tab.id, isScore);
      await tab.goto(ISSUE_PATH);
      await d.waitForBadge(tab.id, (b) => b.text === '');
      await expect.poll(() => d.tabState(tab.id)).toBeNull();
      await tab.close();
    },
  },
  {
    name: 'keeps working after the background restarts: the badge follows typing, the text is untouched',
    async run(d) {
      const tab = await d.open(FORM_PATH);
      await tab.fill(REASON, 'My phone broke in March.');
      await judged(d, tab);
      const before = await d.waitForBadge(tab.id, isScore);
      await d.restartBackground();
      expect(await tab.value(REASON)).toBe('My phone broke in March.');
      await tab.type(USERNAME, 'octo-maintainer');
      await d.waitForBadge(tab.id, higher(before));
      await tab.close();
    },
  },
  {
    name: 'sends nothing beyond the page and its own files: load, type, tick, panel, fix, undo',
    async run(d) {
      const start = d.requests().length;
      const tab = await d.open(FORM_PATH);
      await tab.fill(USERNAME, '@octo-maintainer');
      await tab.fill(REASON, 'My phone with the authenticator app was stolen in March 2026. I still know my password.');
      await tab.check(OPTIONS[1]!);
      await judged(d, tab);
      const panel = await d.openPanel(tab.id);
      await panel.click(/^Change the username to/, 'username.format');
      await expect.poll(() => tab.value(USERNAME)).toBe('`octo-maintainer`');
      await panel.click('Undo the last change');
      await expect.poll(() => tab.value(USERNAME)).toBe('@octo-maintainer');
      await judged(d, tab);
      const requests = d.requests().slice(start);
      const own = (u: string) => u.startsWith('https://github.com/') || u.startsWith(d.origin) || u.startsWith('data:');
      console.log(`${d.name}: ${requests.length} requests during the session, none elsewhere`);
      expect(requests.filter((u) => !own(u))).toEqual([]);
      // The recorder was listening: the session did load the page.
      expect(requests.some((u) => u.startsWith('https://github.com/pypi/support/issues/new'))).toBe(true);
      await panel.close();
      await tab.close();
    },
  },
];
