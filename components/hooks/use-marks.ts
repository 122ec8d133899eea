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
  const [pending, setPending] = useState<MarkableId | null>(null);
  const [failed, setFailed] = useState<MarkableId | null>(null);
  const mark = (id: MarkableId, covered: boolean) => {
    if (tabId === null) return;
    setPending(id);
    setFailed(null);
    const request: MarkRequest = { type: 'mark', tabId, id, covered };
    void browser.runtime
      .sendMessage(request)
      .then((reply: unknown) => MarkReplySchema.safeParse(reply).data?.ok === true)
      .catch(() => false)
      .then((ok) => {
        setPending(null);
        if (!ok) setFailed(id);
      });
  };
  return { mark, pending, failed };
}
