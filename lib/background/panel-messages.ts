import { browser } from 'wxt/browser';
import type { z } from 'zod';

/**
 * Answers one kind of message from the extension's own pages (the panel), never from a content script
 * speaking for a web page. Messages that are not of this kind are left for the other listeners.
 */
export function onPanelMessage<S extends z.ZodType, R>(schema: S, answer: (message: z.infer<S>) => Promise<R>): void {
  const extensionPage = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionPage)) return undefined;
    const parsed = schema.safeParse(message);
    return parsed.success ? answer(parsed.data) : undefined;
  });
}
