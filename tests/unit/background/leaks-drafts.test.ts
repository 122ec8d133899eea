import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerDrafts } from '../../../lib/background/drafts';
import { registerLeakGuard } from '../../../lib/background/leak-guard';
import { tabIdOfStateKey } from '../../../lib/background/tab-state-events';
import { requestFromSnapshot } from '../../../lib/background/tab-state';
import { draftKey, tabKey, type Snapshot, type TabState } from '../../../lib/protocol/messages';
import { buildReport } from '../../../lib/engine/report';
import { snapshotOf } from '../builders';

const TAB = 9;

function stateWith(username: string, reason: string): TabState {
  const snapshot: Snapshot = snapshotOf(username, reason);
  return { status: 'form', snapshot, report: buildReport(requestFromSnapshot(snapshot)), updatedAt: 1 };
}
const storedDraft = async () => (await fakeBrowser.storage.session.get(draftKey(TAB)))[draftKey(TAB)];

beforeEach(() => fakeBrowser.reset());

describe('the background keeps a draft per tab', () => {
  it('saves typed text, keeps it when the form comes back empty, and drops it once the issue exists', async () => {
    registerDrafts();
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('octo', 'I lost my phone.') });
    await vi.waitFor(async () => expect(await storedDraft()).toMatchObject({ username: 'octo', reason: 'I lost my phone.' }));
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('', '') });
    await new Promise((r) => setTimeout(r, 10));
    expect(await storedDraft()).toMatchObject({ username: 'octo', reason: 'I lost my phone.' });
    await fakeBrowser.tabs.onUpdated.trigger(TAB, { url: 'https://github.com/pypi/support/issues/5123' }, {} as never);
    await vi.waitFor(async () => expect(await storedDraft()).toBeUndefined());
  });

  it('forgets it when the tab is closed, and keeps other tabs\' apart', async () => {
    registerDrafts();
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('octo', 'Mine.'), [tabKey(TAB + 1)]: stateWith('other', 'Theirs.') });
    await vi.waitFor(async () => expect(await storedDraft()).toBeTruthy());
    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await storedDraft()).toBeUndefined());
    expect((await fakeBrowser.storage.session.get(draftKey(TAB + 1)))[draftKey(TAB + 1)]).toMatchObject({ reason: 'Theirs.' });
  });
});

describe('the background tells the page about leaks after each report', () => {
  it('sends the secrets of the stored report to the tab\'s top frame', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    registerLeakGuard();
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('octo', 'my recovery code is 4e1b9a07c3d2f865') });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(TAB);
    expect(options).toEqual({ frameId: 0 });
    expect(message).toMatchObject({ type: 'leaks', names: 'a recovery code', leaks: [{ field: 'reason' }] });
  });

  it('keeps going when the tab cannot be reached', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    registerLeakGuard();
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('octo', 'clean') });
    await fakeBrowser.storage.session.set({ [tabKey(TAB)]: stateWith('octo', 'still clean') });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(2));
  });

  it('reads tab ids only from tab state keys', () => {
    expect(tabIdOfStateKey('tab:12')).toBe(12);
    expect(tabIdOfStateKey('draft:12')).toBeNull();
    expect(tabIdOfStateKey('tab:x')).toBeNull();
  });
});
