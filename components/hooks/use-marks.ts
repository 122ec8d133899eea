import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MarkableId } from '../../lib/engine/markable';
import type { MarkRequest } from '../../lib/protocol/messages';
import { MarkReplySchema } from '../../lib/protocol/replies';

/** The writer's "I've covered this" marks: the background keeps and applies them; the panel asks. */
export interface MarksHandle {
  /** Mark a check covered (true) or take the mark back (false). The new report arrives through storage. */
  mark: (id: MarkableId, covered: boolean) => void;
  /** The check whose mark is on its way (its button waits), or null. */
  pending: MarkableId | null;
  /** The last mark could not be made: the background was unreachable or the form had no reason to rest on. */
  failed: MarkableId | null;
}

export function useMarks(tabId: number | null): MarksHandle {
  // Kept with the tab they were made on: the panel follows tab switches, and another tab's button must not wait.
  const [pending, setPending] = useState<{ tabId: number; id: MarkableId } | null>(null);
  const [failed, setFailed] = useState<{ tabId: number; id: MarkableId } | null>(null);
  const mark = (id: MarkableId, covered: boolean) => {
    if (tabId === null) return;
    setPending({ tabId, id });
    setFailed(null);
    const request: MarkRequest = { type: 'mark', tabId, id, covered };
    void browser.runtime
      .sendMessage(request)
      .then((reply: unknown) => MarkReplySchema.safeParse(reply).data?.ok === true)
      .catch(() => false)
      .then((ok) => {
        setPending(null);
        if (!ok) setFailed({ tabId, id });
      });
  };
  const here = (m: { tabId: number; id: MarkableId } | null) => (m !== null && m.tabId === tabId ? m.id : null);
  return { mark, pending: here(pending), failed: here(failed) };
}
