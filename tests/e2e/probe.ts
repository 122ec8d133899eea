/** Reads of the extension's state (badge, stored tab state) and writes to a tab, through any extension page. */
import type { Page } from 'playwright-core';
import type { Badge } from './harness';
import { pollFor } from './wait';

export interface Probe {
  page: Page;
  badge(tabId: number): Promise<Badge>;
  waitForBadge(tabId: number, until: (b: Badge) => boolean, timeoutMs?: number): Promise<Badge>;
  tabState(tabId: number): Promise<unknown>;
  write(tabId: number, write: unknown): Promise<unknown>;
  /**
   * What the tab's content script has found ('none', 'form', 'unrecognised'; 'unknown' before its first
   * look), from its own answer to the background's ping: null while no script answers.
   */
  pageStatus(tabId: number): Promise<string | null>;
  /** Waits until the content script has looked at the page and found `status`. */
  waitForPageStatus(tabId: number, status: string, timeoutMs?: number): Promise<void>;
  /** Chrome's id of a page's tab (the page is brought to the front to tell same-URL tabs apart). */
  tabId(page: Page): Promise<number>;
}

/** The harness's reads, through any extension page. */
export function probeOn(page: Page): Probe {
  const p: Probe = {
    page,
    badge: (tabId) =>
      page.evaluate(async (id) => {
        const text = await chrome.action.getBadgeText({ tabId: id });
        const [r = 0, g = 0, b = 0] = await chrome.action.getBadgeBackgroundColor({ tabId: id });
        return { text, color: `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}` };
      }, tabId),
    waitForBadge: (tabId, until, timeoutMs = 5_000) =>
      pollFor(
        () => p.badge(tabId),
        until,
        (last) => `badge stayed ${JSON.stringify(last)}`,
        { timeoutMs, everyMs: 20 },
      ),
    tabState: (tabId) =>
      page.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null, tabId),
    pageStatus: (tabId) =>
      page.evaluate(async (id) => {
        try {
          const reply = (await chrome.tabs.sendMessage(id, { type: 'lifecycle:ping' }, { frameId: 0 })) as
            | { status?: string }
            | undefined;
          return reply?.status ?? null;
        } catch {
          return null;
        }
      }, tabId),
    async waitForPageStatus(tabId, status, timeoutMs = 5_000) {
      await pollFor(
        () => p.pageStatus(tabId),
        (last) => last === status,
        (last) => `the content script reported ${JSON.stringify(last)}, not ${status}`,
        { timeoutMs, everyMs: 20 },
      );
    },
    write: (tabId, write) =>
      page.evaluate(({ id, w }) => chrome.tabs.sendMessage(id, { type: 'write', write: w }), { id: tabId, w: write }),
    async tabId(tab) {
      await tab.bringToFront();
      const id = await page.evaluate(
        async (u) => (await chrome.tabs.query({ active: true, url: u }))[0]?.id ?? null,
        tab.url(),
      );
      if (id === null) throw new Error(`no tab for ${tab.url()}`);
      return id;
    },
  };
  return p;
}
