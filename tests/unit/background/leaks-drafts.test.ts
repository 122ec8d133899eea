import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDrafts } from '../../../lib/background/drafts';
import { sendLeaks } from '../../../lib/background/leak-scan';
import { createTabQueue, type Enqueue } from '../../../lib/background/tab-queue';
import { registerTabStates } from '../../../lib/background/tab-state';
import type { ContentMessage } from '../../../lib/protocol/messages';
import { draftItem, KEYS, tabStateItem } from '../../../lib/protocol/storage';
import { getMessage } from '../../components/helpers';
import { snapshotOf } from '../builders';

const TAB = 9;

/** The background as the entrypoint wires it, driven through its real message listener. */
function background(): { enqueue: Enqueue; settled: (tabId: number) => Promise<void> } {
  const enqueue = createTabQueue();
  registerTabStates(enqueue, [registerDrafts(enqueue), sendLeaks]);
  // Work queued behind everything so far: when it runs, the tab's earlier work (and what it queued) is done.
  const settled = async (tabId: number) => {
    await enqueue(tabId, async () => undefined);
    await enqueue(tabId, async () => undefined);
  };
  return { enqueue, settled };
}

async function fromPage(tabId: number, message: ContentMessage): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, {
    id: fakeBrowser.runtime.id,
    tab: { id: tabId } as never,
    frameId: 0,
  });
}

const typed = (username: string, reason: string): ContentMessage => ({
  type: 'snapshot',
  snapshot: snapshotOf(username, reason),
});

beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has the badge but no tooltip; the tooltip's words are tested with the badge itself.
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  // The prompt's words come from the browser's messages: the real English ones.
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
});

describe('each snapshot from the page', () => {
  it('becomes a stored report and a badge for that tab only', async () => {
    const { settled } = background();
    await fromPage(TAB, typed('`octo`', 'I lost my phone.'));
    await settled(TAB);
    const state = await tabStateItem(TAB).get();
    expect(state?.report?.fields.reason).toBe('I lost my phone.');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(
      `${state?.report?.score.passed}/${state?.report?.score.total}`,
    );
    expect(await tabStateItem(TAB + 1).get()).toBeNull();
  });

  it('is ignored when it does not come from our own content script in the top frame', async () => {
    const { settled } = background();
    await fakeBrowser.runtime.onMessage.trigger(typed('`octo`', 'x'), {
      id: 'another-extension',
      tab: { id: TAB } as never,
      frameId: 0,
    });
    await fakeBrowser.runtime.onMessage.trigger(typed('`octo`', 'x'), {
      id: fakeBrowser.runtime.id,
      tab: { id: TAB } as never,
      frameId: 3,
    });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'snapshot', snapshot: { url: 42 } },
      { id: fakeBrowser.runtime.id, tab: { id: TAB } as never, frameId: 0 },
    );
    await settled(TAB);
    expect(await tabStateItem(TAB).get()).toBeNull();
  });

  it('is cleared, badge and all, when the page says the form is gone', async () => {
    const { settled } = background();
    await fromPage(TAB, typed('`octo`', 'I lost my phone.'));
    await fromPage(TAB, { type: 'gone' });
    await settled(TAB);
    expect(await tabStateItem(TAB).get()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });
});

describe('the background keeps a draft per tab', () => {
  it('saves typed text, keeps it when the form comes back empty, and drops it once the issue exists', async () => {
    const { settled } = background();
    await fromPage(TAB, typed('octo', 'I lost my phone.'));
    await settled(TAB);
    expect(await draftItem(TAB).get()).toMatchObject({ username: 'octo', reason: 'I lost my phone.' });
    await fromPage(TAB, typed('', ''));
    await settled(TAB);
    expect(await draftItem(TAB).get()).toMatchObject({ username: 'octo', reason: 'I lost my phone.' });
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: 'https://github.com/pypi/support/issues/5123' }, {} as never);
    await settled(TAB);
    expect(await draftItem(TAB).get()).toBeNull();
  });

  it("forgets it when the tab is closed, and keeps other tabs' apart", async () => {
    const { settled } = background();
    await fromPage(TAB, typed('octo', 'Mine.'));
    await fromPage(TAB + 1, typed('other', 'Theirs.'));
    await settled(TAB);
    await settled(TAB + 1);
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await settled(TAB);
    expect(await draftItem(TAB).get()).toBeNull();
    expect(await draftItem(TAB + 1).get()).toMatchObject({ reason: 'Theirs.' });
    expect((await fakeBrowser.storage.session.get(KEYS.tabState(TAB)))[KEYS.tabState(TAB)]).toBeUndefined();
  });
});

describe('the background tells the page about leaks after each report', () => {
  it("sends the secrets of the stored report to the tab's top frame", async () => {
    const { settled } = background();
    await fromPage(TAB, typed('octo', 'my recovery code is 4e1b9a07c3d2f865'));
    await settled(TAB);
    const send = vi.mocked(fakeBrowser.tabs.sendMessage);
    expect(send).toHaveBeenCalledTimes(1);
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(TAB);
    expect(options).toEqual({ frameId: 0 });
    expect(message).toMatchObject({ type: 'leaks', names: 'a recovery code', leaks: [{ field: 'reason' }] });
  });

  it('keeps going when the tab cannot be reached', async () => {
    const send = vi.mocked(fakeBrowser.tabs.sendMessage).mockRejectedValue(new Error('Receiving end does not exist.'));
    const { settled } = background();
    await fromPage(TAB, typed('octo', 'clean'));
    await fromPage(TAB, typed('octo', 'still clean'));
    await settled(TAB);
    expect(send).toHaveBeenCalledTimes(2);
    expect((await tabStateItem(TAB).get())?.report?.fields.reason).toBe('still clean');
  });
});
