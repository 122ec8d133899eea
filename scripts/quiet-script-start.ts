import type { Plugin } from 'vite';

/** WXT's content-script context, as built into every content script. */
const CONTEXT_MODULE = /[\\/]wxt[\\/]dist[\\/]utils[\\/]content-script-context\.mjs$/;
const POST = 'window.postMessage(';

/**
 * A content script that starts tells the copy left behind by an update or a reload to stop. WXT's context says
 * so twice: a DOM event, which is what its own listener (`listenForNewerScripts`) waits for, and a
 * `window.postMessage` kept for copies built with WXT before 0.20. Every copy of this extension is built with
 * the WXT in package.json, so nothing listens for the message; yet it is posted on every pypi/support page load
 * and wakes the page's own listeners: about 2 ms of main-thread work per load on this machine (`npm run bench`,
 * page cost). This build step drops the message and keeps the event; the lifecycle browser test proves that the
 * old copy still stops. If WXT changes the code, the build fails here rather than silently keeping the cost.
 */
export function quietScriptStart(): Plugin {
  return {
    name: 'quiet-script-start',
    transform(code, id) {
      if (!CONTEXT_MODULE.test(id)) return null;
      const start = code.indexOf(POST);
      const end = code.indexOf('"*");', start);
      if (start < 0 || end < 0 || code.indexOf(POST, start + 1) >= 0 || !code.includes('document.dispatchEvent(')) {
        this.error(`${id}: WXT's start announcement changed; re-check scripts/quiet-script-start.ts`);
      }
      return { code: code.slice(0, start) + code.slice(end + '"*");'.length), map: null };
    },
  };
}
