import { isSubmittedIssueUrl, nextDraft } from '@/lib/drafts';
import { DraftSchema, draftKey, TabStateSchema } from '@/lib/messages';
import { tabIdOfStateKey } from './leak-guard';

/**
 * Keeps each tab's last non-empty text in storage.session (`draft:<id>`): never synced, gone when the
 * browser closes. Updated from the stored tab state, dropped when the issue is created or the tab closed.
 */
export function registerDrafts(): void {
  // One chain per tab: a read-modify-write must not interleave with the next keystroke's.
  const queues = new Map<number, Promise<void>>();
  const enqueue = (tabId: number, work: () => Promise<void>) => {
    const next = (queues.get(tabId) ?? Promise.resolve()).then(work).catch(() => undefined);
    queues.set(tabId, next);
    void next.then(() => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    });
  };

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdOfStateKey(key);
      if (tabId === null || change.newValue === undefined) continue;
      const state = TabStateSchema.safeParse(change.newValue);
      const snapshot = state.success ? state.data.snapshot : null;
      if (!snapshot) continue;
      enqueue(tabId, async () => {
        const k = draftKey(tabId);
        const stored = DraftSchema.safeParse((await browser.storage.session.get(k))[k]);
        const next = nextDraft(stored.success ? stored.data : null, snapshot, Date.now());
        if (next) await browser.storage.session.set({ [k]: next });
      });
    }
  });
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.url !== undefined && isSubmittedIssueUrl(info.url)) enqueue(tabId, () => browser.storage.session.remove(draftKey(tabId)));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    enqueue(tabId, () => browser.storage.session.remove(draftKey(tabId)));
  });
}
