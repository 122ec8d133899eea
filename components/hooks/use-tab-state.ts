import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { TabStateSchema, tabKey, type TabState } from '../../lib/protocol/messages';

/** `?tabId=N` pins the panel to one tab (browser tests open sidepanel.html?tabId=N as a page). */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** Parsed state from storage; anything that does not match the schema counts as "no form". */
export function parseTabState(value: unknown): TabState | null {
  const parsed = TabStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function readTabState(tabId: number): Promise<TabState | null> {
  const key = tabKey(tabId);
  const stored = await browser.storage.session.get(key);
  return parseTabState(stored[key]);
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

/** The stored state of a tab, kept current from storage.onChanged and the tab's own navigation. */
export function useTabState(tabId: number | null): { state: TabState | null; loaded: boolean } {
  const [state, setState] = useState<TabState | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    setState(null);
    setLoaded(false);
    if (tabId === null) {
      setLoaded(true);
      return;
    }
    let live = true;
    const key = tabKey(tabId);
    const refresh = () =>
      readTabState(tabId)
        .catch(() => null)
        .then((s) => {
          if (!live) return;
          setState(s);
          setLoaded(true);
        });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState(parseTabState(changes[key]?.newValue));
    };
    const onUpdated = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') void refresh();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) setState(null);
    };
    browser.storage.onChanged.addListener(onChanged);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    void refresh();
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
    };
  }, [tabId]);

  return { state, loaded };
}
