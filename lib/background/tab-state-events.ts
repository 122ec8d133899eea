import { browser } from 'wxt/browser';
import { TabStateSchema, type TabState } from '@/lib/protocol/messages';

/** `tab:<id>` → id; other keys (drafts, ownership) → null. */
export function tabIdOfStateKey(key: string): number | null {
  const m = /^tab:(\d{1,10})$/.exec(key);
  return m ? Number(m[1]) : null;
}

/**
 * Calls `listener` for every tab state the background stores (every report is stored), so features that
 * follow the report (drafts, the leak guard) need nothing from index.ts beyond their own register call.
 */
export function onTabStateStored(listener: (tabId: number, state: TabState) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdOfStateKey(key);
      if (tabId === null || change.newValue === undefined) continue;
      const state = TabStateSchema.safeParse(change.newValue);
      if (state.success) listener(tabId, state.data);
    }
  });
}
