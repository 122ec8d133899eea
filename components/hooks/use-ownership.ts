import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OwnershipStateSchema, ownershipKey, PYPI_ORIGINS, type OwnershipRequest, type OwnershipState } from '../../lib/protocol/messages';

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

export function parseOwnershipState(value: unknown): OwnershipState | null {
  const parsed = OwnershipStateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

async function send(request: OwnershipRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** The look-up state of a tab, followed from storage.session, where the background writes every step. */
export function useOwnership(tabId: number | null): OwnershipHandle {
  const [state, setState] = useState<OwnershipState | null>(null);
  const [asking, setAsking] = useState(false);
  const [denied, setDenied] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    setState(null);
    setDenied(false);
    setFailed(false);
    if (tabId === null) return;
    let live = true;
    const key = ownershipKey(tabId);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && key in changes) setState(parseOwnershipState(changes[key]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    void browser.storage.session
      .get(key)
      .then((stored) => live && setState(parseOwnershipState(stored[key])))
      .catch(() => undefined);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [tabId]);

  const check = (refresh: boolean) => {
    if (tabId === null) return;
    setDenied(false);
    setFailed(false);
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
        if (!granted) return setDenied(true);
        const reply = (await send({ type: 'ownership-start', tabId, refresh })) as { state?: unknown } | undefined;
        // The reply carries the first state, so the panel moves on even before storage reports it;
        // storage may already be further along the same run (progress, result), and then it wins.
        const first = parseOwnershipState(reply?.state);
        if (first) setState((now) => (now !== null && 'runId' in now && 'runId' in first && now.runId === first.runId ? now : first));
      })
      .catch(() => setFailed(true))
      .finally(() => setAsking(false));
  };

  const cancel = () => {
    if (tabId !== null) void send({ type: 'ownership-cancel', tabId }).catch(() => setFailed(true));
  };

  return { state, asking, denied, failed, check, cancel };
}
