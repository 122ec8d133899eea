import { browser } from 'wxt/browser';
import { isSubmittedIssueUrl, nextDraft } from '@/lib/protocol/drafts';
import { DraftSchema, draftKey } from '@/lib/protocol/messages';
import { createTabQueue } from '@/lib/background/tab-queue';
import { onTabStateStored } from './tab-state-events';

/**
 * Keeps each tab's last non-empty text in storage.session (`draft:<id>`): never synced, gone when the
 * browser closes. Updated from the stored tab state, dropped when the issue is created or the tab closed.
 */
export function registerDrafts(): void {
  // One chain per tab: a read-modify-write must not interleave with the next keystroke's.
  const enqueue = createTabQueue();

  onTabStateStored((tabId, state) => {
    const snapshot = state.snapshot;
    if (!snapshot) return;
    enqueue(tabId, async () => {
      const k = draftKey(tabId);
      const stored = DraftSchema.safeParse((await browser.storage.session.get(k))[k]);
      const next = nextDraft(stored.success ? stored.data : null, snapshot, Date.now());
      if (next) await browser.storage.session.set({ [k]: next });
    });
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url !== undefined && isSubmittedIssueUrl(info.url)) enqueue(tabId, () => browser.storage.session.remove(draftKey(tabId)));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    enqueue(tabId, () => browser.storage.session.remove(draftKey(tabId)));
  });
}
