import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import { FormSession, type Timers } from '@/lib/page/session';
import { SubmitGuard } from '@/lib/page/leak-guard/submit-guard';
import { parseLeaksMessage } from '@/lib/protocol/guards/leaks';
import type { ContentMessage, WriteResult } from '@/lib/protocol/types';
import { parsePanelToContent } from '@/lib/protocol/guards/write';

/** Events GitHub fires when it swaps the page without a load (Turbo, React soft navigation). */
const NAV_EVENTS = ['turbo:render', 'turbo:load', 'soft-nav:end', 'soft-nav:react-done'] as const;

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
    const session = new FormSession({
      doc: document,
      href: () => location.href,
      send,
      timers,
    });

    // Stops a submission that would publish a secret; decides from the background's latest check.
    const guard = new SubmitGuard({
      doc: document,
      form: () => session.current,
      write: (w) => session.write(w),
      refresh: () => session.read(),
      text: (key, subs) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], subs),
      timers,
    });
    ctx.addEventListener(window, 'click', guard.onClick, { capture: true });
    ctx.addEventListener(window, 'keydown', guard.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'submit', guard.onSubmit, { capture: true });

    const onInput = () => session.onInput();
    ctx.addEventListener(document, 'input', onInput, { capture: true });
    ctx.addEventListener(document, 'change', onInput, { capture: true });
    const redetect = () => session.onMutation();
    for (const type of NAV_EVENTS) ctx.addEventListener(document, type, redetect);
    ctx.addEventListener(window, 'popstate', redetect);
    ctx.addEventListener(window, 'wxt:locationchange', redetect);

    // One observer for dialogs opening, React rendering the form late and soft navigation without events.
    const observer = new MutationObserver(redetect);
    observer.observe(document.documentElement, { childList: true, subtree: true });

    const onMessage = (message: unknown, sender: { id?: string }): Promise<WriteResult> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const leaks = parseLeaksMessage(message);
      if (leaks) {
        guard.setLeaks(leaks);
        return undefined;
      }
      const parsed = parsePanelToContent(message);
      return parsed ? session.write(parsed.write) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      observer.disconnect();
      session.stop();
      guard.stop();
      // After an update or reload `browser.runtime` is gone from this orphaned script: nothing left to remove.
      browser.runtime?.onMessage?.removeListener(onMessage);
    });
    session.detect();
  },
});
