import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ACK_FIELD, RECOVERY_CODES_FIELD } from '../../lib/engine/form/definition';
import { formState, makeReport, recordingWriter, renderPanelProps, resetBrowser } from './helpers';

beforeEach(resetBrowser);

describe('one-click fixes', () => {
  it('inserts suggested wording at the caret, leaving the existing reason alone', async () => {
    const { writes, write } = recordingWriter();
    const report = makeReport([
      { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.', suggestion: 'I already tried [what].' },
    ]);
    render(renderPanelProps(formState(report), write));
    expect(screen.getByText('I already tried [what].')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Insert this wording' }));
    await waitFor(() => expect(writes).toEqual([{ kind: 'insert', text: 'I already tried [what].', at: 'caret' }]));
  });

  it('prefers a structured insert fix over the plain suggestion', async () => {
    const { writes, write } = recordingWriter();
    const report = makeReport([
      {
        id: 'reason.lost_factor',
        status: 'fail',
        message: 'Say what you lost.',
        suggestion: 'old wording',
        fix: { kind: 'insert', text: 'I lost [the device].' },
      },
    ]);
    render(renderPanelProps(formState(report), write));
    fireEvent.click(screen.getByRole('button', { name: 'Insert this wording' }));
    await waitFor(() => expect(writes[0]).toEqual({ kind: 'insert', text: 'I lost [the device].', at: 'caret' }));
  });

  it('shows the username before → after, and only then changes it on click', async () => {
    const { writes, write } = recordingWriter();
    const report = makeReport(
      [
        {
          id: 'username.format',
          status: 'warn',
          message: 'Wrap it in backticks.',
          fix: { kind: 'username', value: '`octo-cat`' },
        },
      ],
      { username: '@octo-cat' },
    );
    render(renderPanelProps(formState(report), write));
    expect(screen.getByText('@octo-cat')).toBeTruthy();
    expect(screen.getAllByText('`octo-cat`').length).toBeGreaterThan(0);
    expect(writes).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Change the username to `octo-cat`' }));
    await waitFor(() => expect(writes).toEqual([{ kind: 'username', value: '`octo-cat`' }]));
  });

  it('shows the full text of a missing checkbox and ticks it only when asked', async () => {
    const { writes, write } = recordingWriter();
    const report = makeReport(
      [
        {
          id: 'recovery_codes.checked',
          status: 'fail',
          message: 'Tick the box.',
          fix: { kind: 'tick', box: 'recoveryCodes' },
        },
        { id: 'ack.checked', status: 'fail', message: 'Tick the box.', fix: { kind: 'tick', box: 'acknowledgement' } },
      ],
      { recoveryCodes: false, acknowledgement: false },
    );
    render(renderPanelProps(formState(report), write));
    expect(screen.getByText(RECOVERY_CODES_FIELD.option)).toBeTruthy();
    expect(screen.getByText(ACK_FIELD.option)).toBeTruthy();
    expect(writes).toEqual([]);
    const [first] = screen.getAllByRole('button', { name: 'I agree — tick this box' });
    fireEvent.click(first!);
    await waitFor(() => expect(writes).toEqual([{ kind: 'tick', box: 'recoveryCodes' }]));
  });

  it('redacts a secret against the text it was found in, and says why', async () => {
    const { writes, write } = recordingWriter();
    const reason = 'My token is pypi-AgEIcHlwaS5vcmc and my codes are gone.';
    const report = makeReport(
      [
        {
          id: 'privacy.secrets',
          status: 'fail',
          message: 'An API token is in the text.',
          fix: { kind: 'redact', field: 'reason', spans: [{ start: 12, end: 34 }] },
        },
      ],
      { reason },
    );
    render(renderPanelProps(formState(report), write));
    expect(screen.getByText(/public and indexed forever/)).toBeTruthy();
    // The panel does not show the secret a second time.
    expect(screen.queryByText(/pypi-AgEI/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Replace it with [removed]' }));
    await waitFor(() =>
      expect(writes).toEqual([{ kind: 'redact', field: 'reason', spans: [{ start: 12, end: 34 }], expected: reason }]),
    );
  });

  it('offers Undo after a change, focuses it, and sends an undo to the page', async () => {
    const { writes, write } = recordingWriter();
    const report = makeReport([
      { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.', suggestion: 'I tried.' },
    ]);
    render(renderPanelProps(formState(report), write));
    fireEvent.click(screen.getByRole('button', { name: 'Insert this wording' }));
    const undo = await screen.findByRole('button', { name: 'Undo the last change' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await screen.findByText('Undone.');
    expect(writes.map((w) => w.kind)).toEqual(['insert', 'undo']);
  });

  it('says so when the page refuses a write, and keeps the fix available', async () => {
    const { write } = recordingWriter({
      ok: false,
      error: 'The reason box is not on the page any more.',
      canUndo: false,
    });
    const report = makeReport([
      { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.', suggestion: 'I tried.' },
    ]);
    render(renderPanelProps(formState(report), write));
    fireEvent.click(screen.getByRole('button', { name: 'Insert this wording' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The reason box is not on the page any more.');
    expect(screen.queryByRole('button', { name: 'Undo the last change' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Insert this wording' })).toBeTruthy();
  });

  it('shows no fix for checks that pass', () => {
    const report = makeReport([{ id: 'reason.attempts', status: 'pass', message: 'Fine.', suggestion: 'unused' }]);
    render(renderPanelProps(formState(report)));
    expect(screen.queryByRole('button', { name: 'Insert this wording' })).toBeNull();
  });
});
