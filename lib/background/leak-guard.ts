import { browser } from 'wxt/browser';
import { leaksFor } from '@/lib/background/leak-scan';
import { onTabStateStored } from './tab-state-events';

/**
 * After each report the page gets the secrets found in the text it was made from, for the submit guard.
 * Follows the stored tab state (every report is stored), so index.ts needs no change beyond this call.
 */
export function registerLeakGuard(): void {
  onTabStateStored((tabId, state) => {
    if (!state.snapshot) return;
    const message = leaksFor(state.snapshot, state.report);
    // The tab may be gone or reloading; the next report sends again.
    browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  });
}
