import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FormSession, INPUT_DELAY, INPUT_MAX_WAIT, UNRECOGNISED_GRACE } from '../../../lib/page/session';
import type { ContentMessage } from '../../../lib/protocol/messages';
import { FORM_URL, ISSUES_URL, loadDialog, loadFixture } from './helpers';

let sent: ContentMessage[];
let href: string;
let session: FormSession;

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
  href = FORM_URL;
  session = new FormSession({
    doc: document,
    href: () => href,
    send: (m) => sent.push(m),
    timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
    settle: () => Promise.resolve(),
  });
});
afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

const types = () => sent.map((m) => m.type);

describe('what the content script tells the background', () => {
  it('sends one snapshot on load and then only when something changed', () => {
    loadFixture('react-form.html');
    session.detect();
    session.detect();
    expect(types()).toEqual(['snapshot']);
    document.querySelector('textarea')!.value = 'I lost my phone';
    session.onInput();
    vi.advanceTimersByTime(INPUT_DELAY);
    expect(types()).toEqual(['snapshot', 'snapshot']);
    const last = sent[1];
    expect(last?.type === 'snapshot' && last.snapshot.reason).toBe('I lost my phone');
  });

  it('keeps reporting while the user types without a pause', () => {
    loadFixture('react-form.html');
    session.detect();
    const box = document.querySelector('textarea')!;
    for (let i = 0; i < 20; i++) {
      box.value += 'a';
      session.onInput();
      vi.advanceTimersByTime(INPUT_DELAY / 2);
    }
    // 20 keystrokes over 500 ms: a pure debounce would send nothing until the pause.
    expect(sent.length - 1).toBeGreaterThanOrEqual(Math.floor((20 * INPUT_DELAY) / 2 / INPUT_MAX_WAIT));
  });

  it('says "gone" once when the form goes away (dialog closed)', () => {
    href = ISSUES_URL;
    loadDialog();
    session.detect();
    document.querySelector('[role="dialog"]')!.remove();
    session.onMutation();
    vi.runAllTimers();
    session.detect();
    expect(types()).toEqual(['snapshot', 'gone']);
  });

  it('waits for a quiet page before calling the form "not recognised"', () => {
    document.body.innerHTML = '<main>Loading…</main>';
    session.detect();
    expect(types()).toEqual([]);
    vi.advanceTimersByTime(UNRECOGNISED_GRACE);
    expect(types()).toEqual(['unrecognised']);
  });

  it('does not call a late-rendering React form "not recognised"', () => {
    document.body.innerHTML = '<main>Loading…</main>';
    session.detect();
    vi.advanceTimersByTime(UNRECOGNISED_GRACE / 2);
    loadFixture('react-form.html');
    session.detect();
    vi.advanceTimersByTime(UNRECOGNISED_GRACE);
    expect(types()).toEqual(['snapshot']);
  });

  it('clears stale state once on a page without the form, then stays quiet', () => {
    href = 'https://github.com/pypi/support/issues/4242';
    loadFixture('not-form.html');
    session.detect();
    session.onMutation();
    vi.runAllTimers();
    expect(types()).toEqual(['gone']);
  });

  it('answers a write and reports the new text', async () => {
    loadFixture('react-form.html');
    session.detect();
    const result = await session.write({ kind: 'insert', text: 'Added by the panel.', at: 'end' });
    expect(result.ok).toBe(true);
    const last = sent.at(-1);
    expect(last?.type === 'snapshot' && last.snapshot.reason).toBe('Added by the panel.');
  });

  it('refuses a write when the form is not on the page', async () => {
    href = 'https://github.com/pypi/support/issues/4242';
    loadFixture('not-form.html');
    const result = await session.write({ kind: 'tick', box: 'codeOfConduct' });
    expect(result).toEqual({
      ok: false,
      code: 'form-missing',
      canUndo: false,
    });
  });
});
