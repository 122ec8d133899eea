import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { badgeForReport, badgeUnrecognised, type BadgeView } from '@/lib/engine/badge';
import { requestFromSnapshot } from '@/lib/background/tab-state';
import { ContentMessageSchema, tabKey, type ContentMessage, type TabState } from '@/lib/protocol/messages';
import { buildReport } from '@/lib/engine/report';
import { createTabQueue } from '@/lib/background/tab-queue';
import { registerDrafts } from '../lib/background/drafts';
import { registerLeakGuard } from '../lib/background/leak-guard';
import { registerOwnership } from '../lib/background/ownership';
import { registerReconnect } from '../lib/background/reconnect';

/** Pages the content script runs on; leaving them (to any other URL) ends the tab's form state. */
const CONTENT_PREFIX = 'https://github.com/pypi/support';

/** Firefox's sidebar API is not in WXT's (Chrome-shaped) browser types; only what we call. */
interface FirefoxSidebar {
  toggle(): Promise<void>;
}

export default defineBackground(() => {
  registerOwnership();
  registerLeakGuard();
  registerDrafts();
  registerReconnect();
  // Firefox MV2 builds have browserAction only.
  const action = browser.action ?? browser.browserAction;

  async function showBadge(tabId: number, view: BadgeView | null): Promise<void> {
    // Text before colour: in between, a full score may show amber for an instant, never green on a partial one.
    await action.setBadgeText({ tabId, text: view?.text ?? '' });
    await Promise.all([
      action.setTitle({ tabId, title: view?.title ?? browser.i18n.getMessage('extName') }),
      view ? action.setBadgeBackgroundColor({ tabId, color: view.color }) : Promise.resolve(),
    ]);
  }

  async function handle(tabId: number, message: ContentMessage): Promise<void> {
    if (message.type === 'gone') {
      await browser.storage.session.remove(tabKey(tabId));
      await showBadge(tabId, null);
      return;
    }
    const state: TabState =
      message.type === 'snapshot'
        ? { status: 'form', snapshot: message.snapshot, report: buildReport(requestFromSnapshot(message.snapshot)), updatedAt: Date.now() }
        : { status: 'unrecognised', snapshot: null, report: null, updatedAt: Date.now() };
    // Badge first: it is what the user is watching while typing; storage feeds the panel.
    await showBadge(tabId, state.report ? badgeForReport(state.report) : badgeUnrecognised());
    await browser.storage.session.set({ [tabKey(tabId)]: state });
  }

  // One chain per tab, so a slow write can never land after a newer snapshot's.
  const enqueue = createTabQueue((error) => console.warn('PyPI Recovery Assistant: could not update the tab', error));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // Only our own content script in a tab's top frame speaks for that tab.
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return undefined;
    const parsed = ContentMessageSchema.safeParse(message);
    if (parsed.success) enqueue(tabId, () => handle(tabId, parsed.data));
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    enqueue(tabId, () => browser.storage.session.remove(tabKey(tabId)));
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    // The content script reports soft navigation itself; this covers loads of pages it does not run on.
    // No `tabs` permission: URLs outside github.com are hidden, so a load with no visible URL left GitHub.
    if (info.url === undefined && info.status !== 'loading') return;
    const url = info.url ?? tab.url ?? '';
    if (!url.startsWith(CONTENT_PREFIX)) enqueue(tabId, () => handle(tabId, { type: 'gone' }));
  });

  // Chrome: the toolbar button opens the side panel. Set on every worker start (cheap, and survives updates).
  const sidebar = (browser as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  if (browser.sidePanel?.setPanelBehavior) {
    browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else if (sidebar) {
    // Firefox: a sidebar instead; toggled from the click itself (a user gesture, so nothing awaited first).
    action.onClicked.addListener(() => void sidebar.toggle().catch(() => undefined));
  }
});
