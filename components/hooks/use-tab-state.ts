import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { tabStateItem, type TabState } from '../../lib/protocol/storage';
import { useStored } from './use-stored';

/** `?tabId=N` pins the panel to one tab (browser tests open sidepanel.html?tabId=N as a page). */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/**
 * The tab the panel speaks for: the pinned one, else the active tab of the panel's own window,
 * followed as the user switches tabs.
 */
export function useTabId(search: string): { tabId: number | null; resolved: boolean } {
  const pinned = pinnedTabId(search);
  const [tabId, setTabId] = useState<number | null>(pinned);
  const [resolved, setResolved] = useState(pinned !== null);

  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    let live = true;
    const pick = (id: number | null) => {
      if (!live) return;
      setTabId(id);
      setResolved(true);
    };
    void (async () => {
      try {
        windowId = (await browser.windows.getCurrent()).id;
      } catch {
        windowId = undefined;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      pick(tab?.id ?? null);
    })().catch(() => pick(null));
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) pick(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, [pinned]);

  return { tabId, resolved };
}

/** The stored state of a tab, kept current as the background stores each report. */
export function useTabState(tabId: number | null): { state: TabState | null; loaded: boolean } {
  const { value, loaded } = useStored(tabStateItem, tabId);
  return { state: value, loaded };
}
