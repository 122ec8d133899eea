import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PYPI_ORIGINS } from '../../lib/ownership/names';
import type { OwnershipRequest } from '../../lib/protocol/messages';
import { OwnershipStartReplySchema } from '../../lib/protocol/replies';
import { ownershipItem, type OwnershipState } from '../../lib/protocol/storage';
import { useStored } from './use-stored';

/** What the panel knows of a tab's ownership look-up, and the two things the user can do. */
export interface OwnershipHandle {
  /** What the background stored for the tab (null: never checked, or the tab was closed). */
  state: OwnershipState | null;
  /** Between the click and the background's answer (the permission prompt may be open). */
  asking: boolean;
  /** The user said no to pypi.org access on the last click. */
  denied: boolean;
  /** The background could not be reached. */
  failed: boolean;
  /** Call straight from a click handler: the permission prompt needs the user's gesture. */
  check: (refresh: boolean) => void;
  cancel: () => void;
}

const send = (request: OwnershipRequest): Promise<unknown> => browser.runtime.sendMessage(request);

/** The look-up state of a tab, followed from storage.session, where the background writes every step. */
export function useOwnership(tabId: number | null): OwnershipHandle {
  const stored = useStored(ownershipItem, tabId).value;
  const latest = useRef(stored);
  latest.current = stored;
  // The start reply carries the first state, so the panel moves on before storage reports it. It is shown
  // until storage changes after it (the same value it was shown over means nothing newer has come).
  const [reply, setReply] = useState<{ tabId: number; state: OwnershipState; over: OwnershipState | null } | null>(
    null,
  );
  const [asking, setAsking] = useState(false);
  const [outcome, setOutcome] = useState<{ tabId: number | null; denied: boolean; failed: boolean }>({
    tabId,
    denied: false,
    failed: false,
  });

  const state = reply !== null && reply.tabId === tabId && reply.over === stored ? reply.state : stored;
  const mine = outcome.tabId === tabId ? outcome : { denied: false, failed: false };

  const check = (refresh: boolean) => {
    if (tabId === null) return;
    setOutcome({ tabId, denied: false, failed: false });
    setAsking(true);
    // No await before this call: Chrome shows the prompt only inside the click's user gesture.
    let request: Promise<boolean>;
    try {
      request = browser.permissions.request({ origins: [...PYPI_ORIGINS] });
    } catch {
      request = Promise.resolve(false);
    }
    void request
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) return setOutcome({ tabId, denied: true, failed: false });
        const parsed = OwnershipStartReplySchema.safeParse(await send({ type: 'ownership-start', tabId, refresh }));
        if (!parsed.success) return;
        // Storage may already be further along the same run (progress, result); then it wins.
        const now = latest.current;
        const first = parsed.data.state;
        const sameRun = now !== null && 'runId' in now && 'runId' in first && now.runId === first.runId;
        if (!sameRun) setReply({ tabId, state: first, over: now });
      })
      .catch(() => setOutcome({ tabId, denied: false, failed: true }))
      .finally(() => setAsking(false));
  };

  const cancel = () => {
    if (tabId !== null)
      void send({ type: 'ownership-cancel', tabId }).catch(() => setOutcome({ tabId, denied: false, failed: true }));
  };

  return { state, asking, denied: mine.denied, failed: mine.failed, check, cancel };
}
