import { draftItem, type Draft } from '../../lib/protocol/storage';
import { useStored } from './use-stored';

export interface DraftHandle {
  /** The tab's saved text (lib/background/drafts.ts keeps it), null when there is none. */
  draft: Draft | null;
  /** Deletes the saved text; the background saves again only when the user types something new. */
  forget: () => void;
}

/** The saved text of a tab, followed in storage.session. */
export function useDraft(tabId: number | null): DraftHandle {
  const { value } = useStored(draftItem, tabId);
  const forget = () => {
    if (tabId !== null)
      void draftItem(tabId)
        .remove()
        .catch(() => undefined);
  };
  return { draft: value, forget };
}
