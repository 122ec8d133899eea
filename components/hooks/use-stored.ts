import { useEffect, useState } from 'preact/hooks';
import type { TabItem } from '../../lib/protocol/storage';

export interface Stored<T> {
  /** The tab's value (parsed), or null: nothing stored, unreadable, or not read yet. */
  value: T | null;
  /** Whether the first read has answered (a panel shows "loading" until then). */
  loaded: boolean;
}

/**
 * The panel's one way to read storage: a tab's item, read once and then followed as the background (or
 * another panel) changes it. `follow: false` reads once only, for values the panel itself writes as the
 * user types, where an echo of an older write must not overwrite newer typing.
 */
export function useStored<T>(itemFor: (tabId: number) => TabItem<T>, tabId: number | null, follow = true): Stored<T> {
  const [stored, setStored] = useState<Stored<T> & { tabId: number | null }>({
    value: null,
    loaded: tabId === null,
    tabId,
  });

  useEffect(() => {
    setStored({ value: null, loaded: tabId === null, tabId });
    if (tabId === null) return;
    const item = itemFor(tabId);
    let live = true;
    let changed = false;
    const unwatch = follow
      ? item.watch((value) => {
          changed = true;
          if (live) setStored({ value, loaded: true, tabId });
        })
      : () => undefined;
    item
      .get()
      .catch(() => null)
      .then((value) => {
        // A change that arrived while the first read was on its way is newer than that read.
        if (live && !changed) setStored({ value, loaded: true, tabId });
      });
    return () => {
      live = false;
      unwatch();
    };
  }, [itemFor, tabId, follow]);

  // Until the effect runs for a new tab, say nothing about it rather than show the old tab's value.
  return stored.tabId === tabId
    ? { value: stored.value, loaded: stored.loaded }
    : { value: null, loaded: tabId === null };
}
