import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMarks } from '../../../lib/background/marks';
import { createTabQueue } from '../../../lib/background/tab-queue';
import { registerTabStates } from '../../../lib/background/tab-state';
import type { ContentMessage, MarkRequest } from '../../../lib/protocol/messages';
import { MarkReplySchema } from '../../../lib/protocol/replies';
import { marksItem, tabStateItem } from '../../../lib/protocol/storage';
import { snapshotOf } from '../builders';

const TAB = 4;

// Says what was lost, how and when, and what was tried; not what access remains.
const REASON =
  'My phone broke in March and the authenticator app went with it.\n' +
  'I tried the backup on my laptop, with no luck.\n' +
  'That is all I can say about it.';

function background() {
  const enqueue = createTabQueue();
  registerMarks(enqueue, registerTabStates(enqueue, []));
  const settled = (tabId: number) => enqueue(tabId, async () => undefined);
  return { settled };
}

async function fromPage(message: ContentMessage): Promise<void> {
  await fakeBrowser.runtime.onMessage.trigger(message, {
    id: fakeBrowser.runtime.id,
    tab: { id: TAB } as never,
    frameId: 0,
  });
}

/** What the panel sends, as the panel (an extension page) sends it. */
async function fromPanel(request: MarkRequest, url = fakeBrowser.runtime.getURL('/sidepanel.html')) {
  // Every listener answers; the one that handles marks is the one that answers with something.
  const replies = await fakeBrowser.runtime.onMessage.trigger(request, { id: fakeBrowser.runtime.id, url });
  return MarkReplySchema.safeParse(replies.find((r) => r !== undefined)).data;
}

async function statusOf(id: string) {
  return (await tabStateItem(TAB).get())?.report?.checks.find((c) => c.id === id);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined);
});

describe('"I\'ve covered this" in the background', () => {
  it('re-judges the tab at once: the check passes as marked, and the badge counts it', async () => {
    const { settled } = background();
    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', REASON) });
    await settled(TAB);
    const before = await tabStateItem(TAB).get();
    const engine = await statusOf('reason.remaining_access');
    expect(engine?.status).toBe('fail');

    expect(await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true })).toEqual({
      ok: true,
    });
    const marked = await statusOf('reason.remaining_access');
    expect(marked?.status).toBe('pass');
    expect(marked?.marked?.status).toBe('fail');
    const after = await tabStateItem(TAB).get();
    expect(after?.report?.score.passed).toBe((before?.report?.score.passed ?? 0) + 1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(
      `${after?.report?.score.passed}/${after?.report?.score.total}`,
    );
  });

  it('keeps the mark through later typing that adds text, and drops it from the report when a sentence goes', async () => {
    const { settled } = background();
    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', REASON) });
    await settled(TAB);
    await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true });

    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', `${REASON}\nThank you!`) });
    await settled(TAB);
    expect((await statusOf('reason.remaining_access'))?.status).toBe('pass');

    const cut = REASON.split('\n').slice(1).join('\n');
    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', cut) });
    await settled(TAB);
    expect((await statusOf('reason.remaining_access'))?.marked).toBeUndefined();
  });

  it('undoes a mark on the second press', async () => {
    const { settled } = background();
    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', REASON) });
    await settled(TAB);
    const engine = await statusOf('reason.remaining_access');
    await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true });
    await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: false });
    expect(await statusOf('reason.remaining_access')).toEqual(engine);
    expect(await marksItem(TAB).get()).toEqual([]);
  });

  it('refuses a mark with nothing to rest on, or from a web page', async () => {
    background();
    expect(await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true })).toEqual({
      ok: false,
    });
    expect(
      await fromPanel(
        { type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true },
        'https://github.com/',
      ),
    ).toBeUndefined();
    expect(await marksItem(TAB).get()).toEqual([]);
  });

  it('ignores marks for checks that are facts, as a hostile or newer sender might send', async () => {
    background();
    const reply = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'mark', tabId: TAB, id: 'privacy.secrets', covered: true },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') },
    );
    expect(reply.every((r) => r === undefined)).toBe(true);
  });

  it('forgets the marks when the issue is created or the tab closed', async () => {
    const { settled } = background();
    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', REASON) });
    await settled(TAB);
    await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.remaining_access', covered: true });
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: 'https://github.com/pypi/support/issues/9001' }, {} as never);
    await settled(TAB);
    expect(await marksItem(TAB).get()).toEqual([]);

    await fromPage({ type: 'snapshot', snapshot: snapshotOf('`disk-owner`', REASON) });
    await settled(TAB);
    await fromPanel({ type: 'mark', tabId: TAB, id: 'reason.circumstances', covered: true });
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await settled(TAB);
    expect(await marksItem(TAB).get()).toEqual([]);
  });
});
