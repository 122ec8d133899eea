import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SubmitGuard } from '@/lib/page/leak-guard/submit-guard';
import { FormSession, type Timers } from '@/lib/page/session';
import { parseLeaksMessage } from '@/lib/protocol/guards/leaks';
import { isPing } from '@/lib/protocol/guards/shape';
import { parsePanelToContent } from '@/lib/protocol/guards/write';
import type { ContentMessage, PingReply, WriteResult } from '@/lib/protocol/types';

/** Events GitHub fires when it swaps the page without a load (Turbo, React soft navigation). */
const NAV_EVENTS = ['turbo:render', 'turbo:load', 'soft-nav:end', 'soft-nav:react-done'] as const;

/**
 * Wiring only: the page code is in lib/page. This script runs on every page of pypi/support, so it stays
 * small (no zod, no engine, no polyfill: lib/page/budget) and does almost nothing where there is no form.
 */
export default defineContentScript({
  // The whole repository: GitHub reaches the form from the repo's pages without a page load (soft navigation, the New-issue dialog).
  matches: ['https://github.com/pypi/support', 'https://github.com/pypi/support/*'],
  runAt: 'document_idle',
  main(ctx) {
    const send = (message: ContentMessage) => {
      if (ctx.isInvalid) return;
      // Rejects when the background is being restarted or the extension was reloaded; the next change resends.
      browser.runtime.sendMessage(message).catch(() => undefined);
    };
    // WXT's timers stop firing once the script is orphaned by an update or reload.
    const timers: Timers = { set: (fn, ms) => ctx.setTimeout(fn, ms), clear: (id) => clearTimeout(id) };
    // What only a form needs (the submit guard, following the user's typing) is set up when one is found,
    // so the repository's other pages carry none of it.
    let armed = false;
    const arm = () => {
      if (armed) return;
      armed = true;
      ctx.addEventListener(window, 'click', guard.onClick, { capture: true });
      ctx.addEventListener(window, 'keydown', guard.onKeyDown, { capture: true });
      ctx.addEventListener(window, 'submit', guard.onSubmit, { capture: true });
      const onInput = () => session.onInput();
      ctx.addEventListener(document, 'input', onInput, { capture: true });
      ctx.addEventListener(document, 'change', onInput, { capture: true });
    };
    const session = new FormSession({ doc: document, href: () => location.href, send, timers, onForm: arm });

    // Stops a submission that would publish a secret; decides from the background's latest check.
    const guard = new SubmitGuard({
      doc: document,
      form: () => session.current,
      write: (w) => session.write(w),
      refresh: () => session.read(),
      text: (key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs),
      timers,
    });

    const redetect = () => session.onMutation();
    for (const type of NAV_EVENTS) ctx.addEventListener(document, type, redetect);
    ctx.addEventListener(window, 'popstate', redetect);
    ctx.addEventListener(window, 'wxt:locationchange', redetect);

    // One observer for dialogs opening, React rendering the form late and soft navigation without events;
    // the session looks again only when a change can matter (a dialog or a field added, its form gone).
    const observer = new MutationObserver((records) => session.onMutation(records));
    observer.observe(document.documentElement, { childList: true, subtree: true });

    // Answered through sendResponse, which both browsers support without a polyfill (returning a promise
    // from the listener does not answer in Chrome).
    const onMessage = (
      message: unknown,
      sender: { id?: string },
      sendResponse: (reply: WriteResult | PingReply) => void,
    ): boolean => {
      if (sender.id !== browser.runtime.id) return false;
      if (isPing(message)) {
        sendResponse({ status: session.found });
        return false;
      }
      const leaks = parseLeaksMessage(message);
      if (leaks) {
        guard.setLeaks(leaks);
        return false;
      }
      const parsed = parsePanelToContent(message);
      if (!parsed) return false;
      void session.write(parsed.write).then(sendResponse);
      return true;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      observer.disconnect();
      session.stop();
      guard.stop();
      // After an update or reload `browser.runtime` is gone from this orphaned script: nothing left to remove.
      browser.runtime?.onMessage?.removeListener(onMessage);
    });
    // First look once the page is idle, so a page load never waits on us.
    const start = () => session.detect();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
    else ctx.setTimeout(start, 0);
  },
});
