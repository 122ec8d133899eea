/**
 * Wires the ownership pre-check to the browser: panel messages in, storage.session out. Nothing here
 * runs a request on its own: a look-up starts only from the panel's "Check my PyPI projects" click,
 * and only once the optional https://pypi.org/* permission is granted.
 */
import { browser } from 'wxt/browser';
import { OwnershipRequestSchema, PYPI_ORIGINS } from '@/lib/protocol/messages';
import type { FetchLike } from '@/lib/ownership';
import { createOwnershipService, type SessionStore } from './ownership-service';

const sessionStore: SessionStore = {
  get: async (key) => (await browser.storage.session.get(key))[key],
  all: () => browser.storage.session.get(null),
  set: (key, value) => browser.storage.session.set({ [key]: value }),
  remove: (key) => browser.storage.session.remove(key),
};

// Anonymous requests: no cookies for pypi.org, so the look-up sees only what anyone can see.
const pypiFetch: FetchLike = (url, init) => fetch(url, init);

export function registerOwnership(): void {
  const service = createOwnershipService({
    store: sessionStore,
    hasPermission: () => browser.permissions.contains({ origins: [...PYPI_ORIGINS] }),
    fetch: pypiFetch,
    now: Date.now,
  });

  const extensionPage = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the extension's own pages (the panel), never a content script speaking for a web page.
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionPage)) return undefined;
    const parsed = OwnershipRequestSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    if (request.type === 'ownership-cancel') {
      service.cancel(request.tabId);
      return Promise.resolve({ cancelled: true });
    }
    return service.start(request.tabId, request.refresh);
  });

  browser.tabs.onRemoved.addListener((tabId) => void service.forget(tabId));
  void service.sweep().catch(() => undefined);
}
