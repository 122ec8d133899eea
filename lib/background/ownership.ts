/**
 * Wires the ownership pre-check to the browser: panel messages in, storage.session out. Nothing here
 * runs a request on its own: a look-up starts only from the panel's "Check my PyPI projects" click,
 * and only once the optional https://pypi.org/* permission is granted.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PYPI_ORIGINS, type FetchLike } from '../ownership';
import { OwnershipRequestSchema, type OwnershipRequest } from '../protocol/messages';
import type { ReplyTo } from '../protocol/replies';
import { sessionSnapshot } from '../protocol/storage';
import { createOwnershipService, type SessionStore } from './ownership-service';
import { onPanelMessage } from './panel-messages';
import type { Enqueue } from './tab-queue';

const sessionStore: SessionStore = {
  get: (key) => storage.getItem(`session:${key}`),
  all: sessionSnapshot,
  set: (key, value) => storage.setItem(`session:${key}`, value),
  remove: (key) => storage.removeItem(`session:${key}`),
};

// Anonymous requests: no cookies for pypi.org, so the look-up sees only what anyone can see.
const pypiFetch: FetchLike = (url, init) => fetch(url, init);

export function registerOwnership(enqueue: Enqueue): void {
  const service = createOwnershipService({
    store: sessionStore,
    enqueue,
    hasPermission: () => browser.permissions.contains({ origins: [...PYPI_ORIGINS] }),
    fetch: pypiFetch,
    now: Date.now,
  });

  const answer = async (request: OwnershipRequest): Promise<ReplyTo<OwnershipRequest>> => {
    if (request.type === 'ownership-start') return service.start(request.tabId, request.refresh);
    service.cancel(request.tabId);
    return { cancelled: true };
  };

  onPanelMessage(OwnershipRequestSchema, answer);

  browser.tabs.onRemoved.addListener((tabId) => void service.forget(tabId));
  void service.sweep().catch(() => undefined);
}
