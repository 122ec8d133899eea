import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { PING } from '../protocol/messages';
import { KEYS } from '../protocol/storage';

/**
 * Reconnects to recovery-form tabs that were open when this copy of the extension started.
 *
 * When the extension is installed, updated, reloaded or re-enabled, Chrome leaves the old content script in
 * every open tab cut off from the extension (its context is invalidated: it stops itself, see content.ts)
 * and does not inject the new one until the page loads again. A user halfway through a recovery request
 * would be left with no badge and a panel that cannot write. Reloading the page for them is not an option
 * (it can lose their text), so the background injects the content script into those tabs instead: it only
 * reads the form, so the user's text is never changed by this.
 *
 * Firefox injects declared content scripts into open tabs itself, and its build has no `scripting`
 * permission, so this does nothing there.
 */

/** Chrome's reply when a tab has no live content script of ours. */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

export interface ReconnectApi {
  hasScripting: boolean;
  isNewInstance(): Promise<boolean>;
  contentScripts(): { matches: string[]; js: string[] }[];
  tabsMatching(patterns: string[]): Promise<{ id?: number; discarded?: boolean }[]>;
  /** Resolves when a live content script is in the tab; rejects with Chrome's error otherwise. */
  ping(tabId: number): Promise<unknown>;
  inject(tabId: number, files: string[]): Promise<unknown>;
}

/** Whether a tab's content script answers; any answer (even none) from a live listener counts. */
async function hasLiveScript(api: ReconnectApi, tabId: number): Promise<boolean> {
  try {
    await api.ping(tabId);
    return true;
  } catch (error) {
    return !NO_RECEIVER.test(error instanceof Error ? error.message : String(error));
  }
}

/** Injects the content scripts into matching tabs that have none alive; returns the tab ids it reached. */
export async function reconnectOpenTabs(api: ReconnectApi): Promise<number[]> {
  if (!api.hasScripting || !(await api.isNewInstance())) return [];
  const reached: number[] = [];
  for (const script of api.contentScripts()) {
    if (script.js.length === 0 || script.matches.length === 0) continue;
    const tabs = await api.tabsMatching(script.matches);
    await Promise.all(
      tabs.map(async (tab) => {
        // A discarded tab reloads when it is next shown, and then gets the declared script.
        if (tab.id === undefined || tab.discarded) return;
        if (await hasLiveScript(api, tab.id)) return;
        try {
          await api.inject(tab.id, script.js);
          reached.push(tab.id);
        } catch {
          // Closed meanwhile, an error page, or a page Chrome does not let extensions script: nothing to do.
        }
      }),
    );
  }
  return reached.sort((a, b) => a - b);
}

type InjectFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/** The real browser behind ReconnectApi (kept apart so the logic above is testable with fakes). */
function browserApi(): ReconnectApi {
  return {
    hasScripting: typeof browser.scripting?.executeScript === 'function',
    // storage.session is emptied whenever a new copy of the extension starts (install, update, reload, enable,
    // browser start) but survives service-worker restarts, so a missing mark means "new copy". This catches
    // re-enabling too, which fires no runtime.onInstalled.
    async isNewInstance() {
      const mark = storage.defineItem<number>(`session:${KEYS.instance}`);
      if ((await mark.getValue()) !== null) return false;
      await mark.setValue(Date.now());
      return true;
    },
    contentScripts: () =>
      (browser.runtime.getManifest().content_scripts ?? []).map((cs) => ({
        matches: cs.matches ?? [],
        js: cs.js ?? [],
      })),
    tabsMatching: (patterns) => browser.tabs.query({ url: patterns }),
    // Any message the content script ignores will do: only whether something receives it matters.
    ping: (tabId) => browser.tabs.sendMessage(tabId, PING, { frameId: 0 }),
    // WXT types `files` as its known public paths; these come from the built manifest, so they exist.
    inject: (tabId, files) => browser.scripting.executeScript({ target: { tabId }, files: files as InjectFiles }),
  };
}

export function registerReconnect(): void {
  reconnectOpenTabs(browserApi()).catch((error: unknown) => {
    console.warn('PyPI Recovery Assistant: could not reconnect to open tabs', error);
  });
}
