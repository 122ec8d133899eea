import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { FORM_URL } from '../../lib/engine/form/definition';
import { KEYS, type TabState } from '../../lib/protocol/storage';
import { formState, makeReport, resetBrowser } from './helpers';

beforeEach(resetBrowser);

const report = makeReport([
  { id: 'username.format', status: 'pass', message: 'Looks right.' },
  { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.', suggestion: 'I tried [what].' },
]);

async function store(tabId: number, state: unknown) {
  await fakeBrowser.storage.session.set({ [KEYS.tabState(tabId)]: state });
}

describe('which tab and which state the panel shows', () => {
  it('explains itself and opens the form in the tab when no recovery form is open', async () => {
    render(<App search="?tabId=0" />);
    expect(await screen.findByRole('heading', { name: 'No recovery form in this tab' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the recovery form' }));
    await waitFor(async () => expect((await fakeBrowser.tabs.get(0))?.url).toBe(FORM_URL));
  });

  it('says the form was not recognised and that the text is untouched', async () => {
    const state: TabState = { status: 'unrecognised', snapshot: null, report: null, updatedAt: 1 };
    await store(0, state);
    render(<App search="?tabId=0" />);
    expect(await screen.findByText('The form on this page was not recognised')).toBeTruthy();
    expect(screen.getByText(/GitHub may have changed its page/)).toBeTruthy();
    expect(screen.getByText(/Your text is untouched/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert this wording' })).toBeNull();
  });

  it('treats a stored state it cannot parse as no form, without crashing', async () => {
    await store(0, { status: 'form', report: '<img src=x onerror=alert(1)>' });
    render(<App search="?tabId=0" />);
    expect(await screen.findByText('No recovery form in this tab')).toBeTruthy();
  });

  it('follows the stored state as the page changes', async () => {
    await store(0, formState(report));
    render(<App search="?tabId=0" />);
    expect(await screen.findByText('2 of 2 ready — 1 suggestion worth a look')).toBeTruthy();
    const worse = makeReport([
      { id: 'username.format', status: 'fail', message: 'That is an email.' },
      { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.' },
    ]);
    await store(0, formState(worse));
    expect(await screen.findByText('1 of 2 ready — 1 thing to fix')).toBeTruthy();
    expect(screen.getByText('That is an email.')).toBeTruthy();
  });

  it('without a pinned tab, shows the active tab and follows tab switches', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 7 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number],
    ]);
    await store(7, formState(report));
    render(<App search="" />);
    expect(await screen.findByText('2 of 2 ready — 1 suggestion worth a look')).toBeTruthy();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 0 });
    expect(await screen.findByText('No recovery form in this tab')).toBeTruthy();
  });

  it('says the tab is gone when the page cannot be reached', async () => {
    await store(0, formState(report));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    render(<App search="?tabId=0" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert this wording' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/closed or reloaded, so nothing was changed/);
  });

  it('sends writes to the pinned tab in the message shape the content script reads', async () => {
    await store(3, formState(report));
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, canUndo: true });
    render(<App search="?tabId=3" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Insert this wording' }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith(3, {
        type: 'write',
        write: { kind: 'insert', text: 'I tried [what].', at: 'caret' },
      }),
    );
    expect(await screen.findByRole('button', { name: 'Undo the last change' })).toBeTruthy();
  });
});
