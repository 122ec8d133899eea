import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendWrite } from '../../components/hooks/use-writes';
import { writeErrorKey } from '../../lib/protocol/write-error';
import type { WriteResult } from '../../lib/protocol/messages';
import { formState, getMessage, makeReport, recordingWriter, renderPanelProps, resetBrowser } from './helpers';

beforeEach(resetBrowser);

/** A sentence the page script might send; the panel should prefer its own words for a known code. */
const ENGLISH = 'Plain sentence from the page script.';
const report = makeReport([
  { id: 'reason.attempts', status: 'warn', message: 'Say what you tried.', suggestion: 'I tried.' },
]);

async function failWith(reply: Partial<WriteResult>): Promise<string> {
  const { write } = recordingWriter({ ok: false, canUndo: false, ...reply });
  render(renderPanelProps(formState(report), write));
  fireEvent.click(screen.getByRole('button', { name: 'Insert this wording' }));
  return (await screen.findByRole('alert')).textContent ?? '';
}

describe('a failed write, as the panel words it', () => {
  it("uses the message for the failure code instead of the page script's English", async () => {
    const text = await failWith({ error: ENGLISH, code: 'edited-since' });
    expect(text).toContain(getMessage(writeErrorKey('edited-since')));
    expect(text).not.toContain(ENGLISH);
  });

  it('falls back to the sentence when the code has no message in this language', async () => {
    const real = getMessage;
    vi.mocked(fakeBrowser.i18n.getMessage).mockImplementation(((key: string, subs?: string | string[]) =>
      key.startsWith('polish_write_error_') ? '' : real(key, subs)) as typeof fakeBrowser.i18n.getMessage);
    expect(await failWith({ error: ENGLISH, code: 'reason-missing' })).toContain(ENGLISH);
  });

  it('falls back to the sentence without a code, and to a general message with neither', async () => {
    expect(await failWith({ error: ENGLISH })).toContain(ENGLISH);
    cleanup();
    expect(await failWith({})).toContain(getMessage('write_error_generic'));
  });

  it('keeps the sentence when an unknown code comes back from the page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: false,
      error: ENGLISH,
      code: 'not-a-code-we-know',
      canUndo: false,
    });
    const result = await sendWrite(3, { kind: 'undo' });
    expect(result).toMatchObject({ ok: false, error: ENGLISH });
    expect(result.code).toBeUndefined();
  });

  it('passes a known code through from the page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: false,
      error: ENGLISH,
      code: 'nothing-to-undo',
      canUndo: false,
    });
    expect((await sendWrite(3, { kind: 'undo' })).code).toBe('nothing-to-undo');
  });
});
