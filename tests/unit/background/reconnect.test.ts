import { describe, expect, it } from 'vitest';
import { reconnectOpenTabs, type ReconnectApi } from '@/lib/background/reconnect';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

interface Tab {
  id?: number;
  discarded?: boolean;
  /** Whether a live content script answers in this tab. */
  live?: boolean;
  /** Whether Chrome refuses to script it (an error page, a closed tab). */
  refuses?: boolean;
}

function fakeApi(tabs: Tab[], over: Partial<ReconnectApi> = {}): ReconnectApi & { injected: number[] } {
  const injected: number[] = [];
  return {
    injected,
    hasScripting: true,
    isNewInstance: async () => true,
    contentScripts: () => [{ matches: ['https://github.com/pypi/support/*'], js: ['content-scripts/content.js'] }],
    tabsMatching: async () => tabs,
    ping: async (id) => {
      if (!tabs.find((t) => t.id === id)?.live) throw NO_RECEIVER;
      return undefined;
    },
    inject: async (id) => {
      if (tabs.find((t) => t.id === id)?.refuses) throw new Error('Cannot access contents of the page.');
      injected.push(id);
      return [];
    },
    ...over,
  };
}

describe('reconnecting to open form tabs after an update or reload', () => {
  it('injects the content script only where none answers', async () => {
    const api = fakeApi([{ id: 1 }, { id: 2, live: true }, { id: 3 }]);
    expect(await reconnectOpenTabs(api)).toEqual([1, 3]);
    expect(api.injected.sort()).toEqual([1, 3]);
  });

  it('leaves discarded tabs (they reload with the script) and tabs without an id alone', async () => {
    const api = fakeApi([{ id: 4, discarded: true }, {}, { id: 5 }]);
    expect(await reconnectOpenTabs(api)).toEqual([5]);
  });

  it('does nothing when the worker merely restarted (same copy of the extension)', async () => {
    const api = fakeApi([{ id: 1 }], { isNewInstance: async () => false });
    expect(await reconnectOpenTabs(api)).toEqual([]);
    expect(api.injected).toEqual([]);
  });

  it('does nothing without the scripting API (Firefox injects into open tabs itself)', async () => {
    const api = fakeApi([{ id: 1 }], { hasScripting: false });
    expect(await reconnectOpenTabs(api)).toEqual([]);
  });

  it('a tab that refuses scripting does not stop the others, and nothing throws', async () => {
    const api = fakeApi([{ id: 1, refuses: true }, { id: 2 }]);
    expect(await reconnectOpenTabs(api)).toEqual([2]);
  });

  it('treats any other ping failure as a live script, so it never injects a second copy', async () => {
    const api = fakeApi([{ id: 7 }], {
      ping: async () => {
        throw new Error('The message port closed before a response was received.');
      },
    });
    expect(await reconnectOpenTabs(api)).toEqual([]);
  });
});
