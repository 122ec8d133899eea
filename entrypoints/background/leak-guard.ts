import { leaksFor } from '@/lib/leak-scan';
import { TabStateSchema } from '@/lib/messages';

/** `tab:<id>` → id; other keys (drafts, ownership) → null. */
export function tabIdOfStateKey(key: string): number | null {
  const m = /^tab:(\d{1,10})$/.exec(key);
  return m ? Number(m[1]) : null;
}

/**
 * After each report the page gets the secrets found in the text it was made from, for the submit guard.
 * Follows the stored tab state (every report is stored), so index.ts needs no change beyond this call.
 */
export function registerLeakGuard(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session') return;
    for (const [key, change] of Object.entries(changes)) {
      const tabId = tabIdOfStateKey(key);
      if (tabId === null || change.newValue === undefined) continue;
      const state = TabStateSchema.safeParse(change.newValue);
      if (!state.success || !state.data.snapshot) continue;
      const message = leaksFor(state.data.snapshot, state.data.report);
      // The tab may be gone or reloading; the next report sends again.
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
    }
  });
}
