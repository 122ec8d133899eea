import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../components/App';
import { Composer, separatorAfter } from '../../components/Composer';
import { KEYS } from '../../lib/protocol/storage';
import { EMPTY_ANSWERS, type Answers } from '../../lib/engine/templates/composer';
import { formState, makeReport, resetBrowser } from './helpers';

beforeEach(resetBrowser);

/** The composer with its answers held in component state, as App holds them. */
function Harness({ reason, run }: { reason: string; run: (w: unknown) => void }) {
  const [answers, setAnswers] = useState<Answers>(EMPTY_ANSWERS);
  return <Composer answers={answers} onChange={setAnswers} reason={reason} busy={false} run={run} open />;
}

describe('reason composer', () => {
  it('previews the paragraph from the answers and adds it after the reason', async () => {
    const run = vi.fn();
    render(<Harness reason="Hello PyPI team." run={run} />);
    expect(screen.getByText('Answer a question to see the paragraph here.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Add to the end of the reason' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    fireEvent.click(screen.getByLabelText('My security key'));
    fireEvent.input(screen.getByLabelText('When and how did it happen?'), {
      target: { value: 'it broke in June 2026' },
    });
    fireEvent.click(screen.getByLabelText("The account's primary email address"));

    const preview = screen.getByTestId('composer-preview').textContent ?? '';
    expect(preview).toContain('because I lost my security key.');
    expect(preview).toContain('It broke in June 2026.');
    expect(preview).toContain('I still have access to the primary email address of the account.');

    fireEvent.click(screen.getByRole('button', { name: 'Add to the end of the reason' }));
    expect(run).toHaveBeenCalledWith({ kind: 'insert', text: `\n\n${preview}`, at: 'end' });
  });

  it('asks for the other thing lost only when "Something else" is ticked', () => {
    render(<Harness reason="" run={vi.fn()} />);
    expect(screen.queryByLabelText('What else did you lose?')).toBeNull();
    fireEvent.click(screen.getByLabelText('Something else'));
    fireEvent.input(screen.getByLabelText('What else did you lose?'), { target: { value: 'my YubiKey' } });
    expect(screen.getByTestId('composer-preview').textContent).toBe(
      'I can no longer sign in to my PyPI account because I lost my YubiKey.',
    );
  });

  it('starts a new paragraph only when there is text before it', () => {
    expect(separatorAfter('')).toBe('');
    expect(separatorAfter('  \n')).toBe('');
    expect(separatorAfter('Hi.')).toBe('\n\n');
    expect(separatorAfter('Hi.\n')).toBe('\n');
    expect(separatorAfter('Hi.\n\n')).toBe('');
  });

  it('keeps the answers for the tab when the panel is closed and opened again', async () => {
    await fakeBrowser.storage.session.set({ [KEYS.tabState(4)]: formState(makeReport([])) });
    const first = render(<App search="?tabId=4" />);
    fireEvent.click(await screen.findByLabelText('My recovery codes'));
    fireEvent.input(screen.getByLabelText("Which projects or repositories show it's you?"), {
      target: { value: 'sample-pkg' },
    });
    await waitFor(async () => {
      const stored = await fakeBrowser.storage.session.get(KEYS.composer(4));
      expect(stored[KEYS.composer(4)]).toMatchObject({ lost: ['recovery_codes'], projects: 'sample-pkg' });
    });
    first.unmount();

    render(<App search="?tabId=4" />);
    await waitFor(() => expect((screen.getByLabelText('My recovery codes') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText("Which projects or repositories show it's you?") as HTMLInputElement).value).toBe(
      'sample-pkg',
    );
    expect(screen.getByTestId('composer-preview').textContent).toContain('my recovery codes');
  });

  it('keeps answers apart per tab', async () => {
    await fakeBrowser.storage.session.set({
      [KEYS.tabState(5)]: formState(makeReport([])),
      [KEYS.composer(6)]: { ...EMPTY_ANSWERS, projects: 'other-tab-project' },
    });
    render(<App search="?tabId=5" />);
    const input = (await screen.findByLabelText("Which projects or repositories show it's you?")) as HTMLInputElement;
    expect(input.value).toBe('');
  });
});
