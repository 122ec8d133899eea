import { browser } from 'wxt/browser';
import { badgeForReport, badgeUnrecognised } from '../engine/badge';
import type { Request } from '../engine/form/schema';
import type { Text } from '../engine/checks';
import type { Mark } from '../engine/markable';
import { applyMarks } from '../engine/marks';
import { buildReport } from '../engine/report';
import { t } from '../i18n/translate';
import { ContentMessageSchema, type ContentMessage, type Snapshot } from '../protocol/messages';
import { marksItem, tabStateItem, type TabState } from '../protocol/storage';
import type { Enqueue } from './tab-queue';
import { showBadge } from './toolbar';

/** A page snapshot as the engine's request: controls missing from the page count as empty / unticked. */
export function requestFromSnapshot(s: Snapshot): Request {
  const missing: Request['missing'] = [];
  if (s.username === null) missing.push('username');
  if (s.reason === null) missing.push('reason');
  if (s.recoveryCodes === null) missing.push('recoveryCodes');
  if (s.codeOfConduct === null) missing.push('codeOfConduct');
  if (s.acknowledgement === null) missing.push('acknowledgement');
  return {
    username: s.username ?? '',
    reason: s.reason ?? '',
    recoveryCodes: s.recoveryCodes ?? false,
    codeOfConduct: s.codeOfConduct ?? false,
    acknowledgement: s.acknowledgement ?? false,
    missing,
  };
}

/**
 * What a content-script message makes of the tab's state (null: the tab left the form), with the writer's
 * "I've covered this" marks applied to the report. Pure.
 */
export function stateFor(
  message: ContentMessage,
  now: number,
  marks: readonly Mark[] = [],
  text: Text = t,
): TabState | null {
  switch (message.type) {
    case 'gone':
      return null;
    case 'unrecognised':
      return { status: 'unrecognised', snapshot: null, report: null, updatedAt: now };
    case 'snapshot':
      return {
        status: 'form',
        snapshot: message.snapshot,
        report: applyMarks(buildReport(requestFromSnapshot(message.snapshot)), marks, text('marked_message')),
        updatedAt: now,
      };
  }
}

/** Told of every state the background stores, after it is stored (drafts, the leak scan). */
export type StateListener = (tabId: number, state: TabState) => void;

/** Pages the content script runs on; leaving them (to any other URL) ends the tab's form state. */
const CONTENT_PREFIX = 'https://github.com/pypi/support';

/** Re-judges a tab's last snapshot (after its marks changed). Call it from inside that tab's queue. */
export type Rejudge = (tabId: number) => Promise<void>;

/**
 * The engine's home: every snapshot from a tab's content script becomes a report, the badge and the
 * stored state the panel follows. Leaving the form, or closing the tab, clears both.
 */
export function registerTabStates(enqueue: Enqueue, listeners: readonly StateListener[]): Rejudge {
  const text = t;
  async function apply(tabId: number, message: ContentMessage): Promise<void> {
    const item = tabStateItem(tabId);
    const state = stateFor(message, Date.now(), (await marksItem(tabId).get()) ?? [], text);
    if (!state) {
      await item.remove();
      await showBadge(tabId, null, text('extName'));
      return;
    }
    // Badge first: it is what the user is watching while typing; storage feeds the panel.
    await showBadge(
      tabId,
      state.report ? badgeForReport(state.report, text) : badgeUnrecognised(text),
      text('extName'),
    );
    await item.set(state);
    for (const listener of listeners) listener(tabId, state);
  }

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    // Only our own content script in a tab's top frame speaks for that tab.
    if (sender.id !== browser.runtime.id || tabId === undefined || sender.frameId !== 0) return undefined;
    const parsed = ContentMessageSchema.safeParse(message);
    if (parsed.success) void enqueue(tabId, () => apply(tabId, parsed.data));
    return undefined;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void enqueue(tabId, () => tabStateItem(tabId).remove());
  });
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    // The content script reports soft navigation itself; this covers loads of pages it does not run on.
    // No `tabs` permission: URLs outside github.com are hidden, so a load with no visible URL left GitHub.
    if (info.url === undefined && info.status !== 'loading') return;
    const url = info.url ?? tab.url ?? '';
    if (!url.startsWith(CONTENT_PREFIX)) void enqueue(tabId, () => apply(tabId, { type: 'gone' }));
  });

  return async (tabId) => {
    const snapshot = (await tabStateItem(tabId).get())?.snapshot;
    if (snapshot) await apply(tabId, { type: 'snapshot', snapshot });
  };
}
