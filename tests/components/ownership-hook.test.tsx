import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { KEYS, type OwnershipState } from '../../lib/protocol/storage';
import { formState, makeReport, resetBrowser } from './helpers';

const TAB = 3;
const report = makeReport([{ id: 'reason.ownership_proof', status: 'warn', message: 'Name your projects.' }], {
  username: '`octo-cat`',
});

function mockBrowser(granted: boolean | Error) {
  const request = vi.fn(() => (granted instanceof Error ? Promise.reject(granted) : Promise.resolve(granted)));
  const sent: unknown[] = [];
  fakeBrowser.permissions.request = request as typeof fakeBrowser.permissions.request;
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: unknown) => {
    sent.push(message);
    const state: OwnershipState = {
      status: 'running',
      runId: 'r1',
      username: 'octo-cat',
      progress: null,
      startedAt: 1,
    };
    return { started: true, state };
  }) as typeof fakeBrowser.runtime.sendMessage;
  return { request, sent };
}

async function openPanel() {
  await fakeBrowser.storage.session.set({ [KEYS.tabState(TAB)]: formState(report) });
  render(<App search={`?tabId=${TAB}`} />);
  return screen.findByRole('button', { name: 'Check my PyPI projects' });
}

beforeEach(resetBrowser);

describe('the panel asks for pypi.org access on the click, then the background looks up', () => {
  it('asks for exactly https://pypi.org/* and then starts the look-up for this tab', async () => {
    const { request, sent } = mockBrowser(true);
    const button = await openPanel();
    expect(request).not.toHaveBeenCalled();
    fireEvent.click(button);
    // Asked inside the click itself, before anything is awaited (Chrome needs the user's gesture).
    expect(request).toHaveBeenCalledWith({ origins: ['https://pypi.org/*'] });
    await waitFor(() => expect(sent).toEqual([{ type: 'ownership-start', tabId: TAB, refresh: false }]));
    expect(await screen.findByText('Reading the PyPI profile of `octo-cat`…')).toBeTruthy();
  });

  it('sends nothing to the background when access is refused, and says so', async () => {
    const { sent } = mockBrowser(false);
    fireEvent.click(await openPanel());
    expect(await screen.findByText(/Without access to pypi.org the check cannot run/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('treats a permission prompt that throws as a refusal', async () => {
    const { sent } = mockBrowser(new Error('This function must be called during a user gesture'));
    fireEvent.click(await openPanel());
    expect(await screen.findByText(/Without access to pypi.org the check cannot run/)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('follows progress and the result from storage, and cancels through the background', async () => {
    const { sent } = mockBrowser(true);
    await openPanel();
    const running: OwnershipState = {
      status: 'running',
      runId: 'r1',
      username: 'octo-cat',
      progress: { done: 3, total: 12 },
      startedAt: 1,
    };
    await fakeBrowser.storage.session.set({ [KEYS.ownership(TAB)]: running });
    expect(await screen.findByText('3 of 12 projects')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(sent).toEqual([{ type: 'ownership-cancel', tabId: TAB }]));
    const cancelled: OwnershipState = {
      ...running,
      status: 'done',
      outcome: { ok: false, error: { kind: 'cancelled', message: 'x' } },
      finishedAt: 2,
    };
    await fakeBrowser.storage.session.set({ [KEYS.ownership(TAB)]: cancelled });
    expect(await screen.findByText('Look-up cancelled. Nothing more will be fetched.')).toBeTruthy();
  });

  it('ignores a stored look-up state it cannot parse', async () => {
    mockBrowser(true);
    await fakeBrowser.storage.session.set({ [KEYS.ownership(TAB)]: { status: 'done', outcome: '<script>' } });
    expect(await openPanel()).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
