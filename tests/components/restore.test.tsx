import { snapshotOf } from '../unit/builders';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { Panel } from '../../components/Panel';
import type { DraftHandle } from '../../components/hooks/use-draft';
import type { Snapshot } from '../../lib/protocol/messages';
import { KEYS, type Draft, type TabState } from '../../lib/protocol/storage';
import { EMPTY_ANSWERS } from '../../lib/engine/templates/composer';
import { makeReport, recordingWriter, resetBrowser } from './helpers';

beforeEach(resetBrowser);

const SAVED: Draft = {
  username: '`octo-maintainer`',
  reason: '\n  My laptop was stolen last week, with my authenticator app.\nI still have my password.',
  savedAt: 1,
};

const snapshot = (username: string, reason: string): Snapshot => snapshotOf(username, reason, false);
const stateWith = (s: Snapshot): TabState => ({
  status: 'form',
  snapshot: s,
  report: makeReport([], { username: s.username ?? '', reason: s.reason ?? '' }),
  updatedAt: 1,
});

function renderPanel(s: Snapshot, draft: Draft | null, forget = vi.fn()) {
  const writer = recordingWriter();
  const handle: DraftHandle = { draft, forget };
  render(
    <Panel
      loading={false}
      state={stateWith(s)}
      write={writer.write}
      openForm={() => undefined}
      answers={EMPTY_ANSWERS}
      onAnswers={() => undefined}
      draft={handle}
    />,
  );
  return { writes: writer.writes, forget };
}

describe('restoring text the page lost', () => {
  it('offers the saved text with its first line when the form came back empty, and puts it back on a click', async () => {
    const { writes } = renderPanel(snapshot('', ''), SAVED);
    expect(screen.getByText('My laptop was stolen last week, with my authenticator app.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore your text' }));
    await waitFor(() => expect(writes).toEqual([{ kind: 'restore', username: SAVED.username, reason: SAVED.reason }]));
  });

  it('keeps a username the user has typed since, and brings back only the lost reason', async () => {
    const { writes } = renderPanel(snapshot('new-name', ''), SAVED);
    fireEvent.click(screen.getByRole('button', { name: 'Restore your text' }));
    await waitFor(() => expect(writes).toEqual([{ kind: 'restore', username: 'new-name', reason: SAVED.reason }]));
  });

  it('says nothing while the page still holds the text', () => {
    renderPanel(snapshot(SAVED.username, SAVED.reason), SAVED);
    expect(screen.queryByRole('button', { name: 'Restore your text' })).toBeNull();
  });

  it('offers it when GitHub kept only a small part of a long reason', () => {
    const long = { ...SAVED, reason: 'I lost my phone. '.repeat(10) };
    renderPanel(snapshot(SAVED.username, 'I lost'), long);
    expect(screen.getByRole('button', { name: 'Restore your text' })).toBeTruthy();
  });

  it('"Forget my text" asks for the copy to be deleted', () => {
    const { forget } = renderPanel(snapshot('', ''), SAVED);
    fireEvent.click(screen.getByRole('button', { name: 'Forget my text' }));
    expect(forget).toHaveBeenCalledOnce();
  });

  it('shows page text as text, never as markup', () => {
    renderPanel(snapshot('', ''), { ...SAVED, reason: '<img src=x onerror=alert(1)> my phone broke' });
    expect(screen.getByText('<img src=x onerror=alert(1)> my phone broke')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('the saved copy in storage', () => {
  it("is read for the panel's tab, and Forget removes it from storage.session", async () => {
    await fakeBrowser.storage.session.set({ [KEYS.tabState(3)]: stateWith(snapshot('', '')), [KEYS.draft(3)]: SAVED });
    render(<App search="?tabId=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Forget my text' }));
    await waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(KEYS.draft(3)))[KEYS.draft(3)]).toBeUndefined(),
    );
    expect(screen.queryByRole('button', { name: 'Restore your text' })).toBeNull();
  });

  it('ignores a stored copy of the wrong shape', async () => {
    await fakeBrowser.storage.session.set({
      [KEYS.tabState(3)]: stateWith(snapshot('', '')),
      [KEYS.draft(3)]: { reason: 42 },
    });
    const reads = vi.spyOn(fakeBrowser.storage.session, 'get');
    render(<App search="?tabId=3" />);
    await screen.findByText(/PyPI Recovery Assistant/);
    // The draft was asked for, and every read the panel made has answered and been rendered.
    await waitFor(() =>
      expect(reads.mock.calls.some((args) => JSON.stringify(args).includes(KEYS.draft(3)))).toBe(true),
    );
    await act(async () => {
      await Promise.all(reads.mock.results.map((r) => r.value));
    });
    expect(screen.queryByRole('button', { name: 'Restore your text' })).toBeNull();
  });
});
