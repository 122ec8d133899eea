import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DraftSchema, draftKey, type Draft } from '../../lib/protocol/messages';

export interface DraftHandle {
  /** The tab's saved text (entrypoints/background/drafts.ts keeps it), null when there is none. */
  draft: Draft | null;
  /** Deletes the saved text; the background saves again only when the user types something new. */
  forget: () => void;
}

export function parseDraft(value: unknown): Draft | null {
  const parsed = DraftSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The saved text of a tab, followed in storage.session. */
export function useDraft(tabId: number | null): DraftHandle {
  const [draft, setDraft] = useState<Draft | null>(null);

  useEffect(() => {
    setDraft(null);
    if (tabId === null) return;
    let live = true;
    const key = draftKey(tabId);
    browser.storage.session
      .get(key)
      .then((stored) => {
        if (live) setDraft(parseDraft(stored[key]));
      })
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setDraft(parseDraft(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const forget = () => {
    setDraft(null);
    if (tabId !== null) void browser.storage.session.remove(draftKey(tabId)).catch(() => undefined);
  };
  return { draft, forget };
}
