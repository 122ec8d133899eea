import { browser } from 'wxt/browser';
import { isSubmittedIssueUrl, nextDraft } from '../protocol/drafts';
import { draftItem } from '../protocol/storage';
import type { Enqueue } from './tab-queue';
import type { StateListener } from './tab-state';

/**
 * Keeps each tab's last non-empty text in storage.session (`draft:<id>`): never synced, gone when the
 * browser closes. Updated after every stored state, dropped when the issue is created or the tab closed.
 * Returns the listener that tab-state calls after each state it stores.
 */
export function registerDrafts(enqueue: Enqueue): StateListener {
  dropWithDraft(enqueue, draftItem);
  return (tabId, state) => {
    const snapshot = state.snapshot;
    if (!snapshot) return;
    // Queued behind the state it follows, so a read-modify-write never interleaves with the next keystroke's.
    void enqueue(tabId, async () => {
      const item = draftItem(tabId);
      const next = nextDraft(await item.get(), snapshot, Date.now());
      if (next) await item.set(next);
    });
  };
}

/**
 * What lives as long as a tab's draft (the draft itself, the writer's marks): dropped when the issue is created
 * or the tab closed.
 */
export function dropWithDraft(enqueue: Enqueue, itemOf: (tabId: number) => { remove(): Promise<void> }): void {
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url !== undefined && isSubmittedIssueUrl(info.url)) void enqueue(tabId, () => itemOf(tabId).remove());
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void enqueue(tabId, () => itemOf(tabId).remove());
  });
}
