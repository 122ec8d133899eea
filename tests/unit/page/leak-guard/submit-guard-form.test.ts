import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DetectedForm } from '../../../../lib/page/detect';
import { PROMPT_HOST_ATTR } from '../../../../lib/page/leak-guard/prompt';
import { SubmitGuard } from '../../../../lib/page/leak-guard/submit-guard';
import { fingerprint } from '../../../../lib/protocol/fingerprint';
import type { LeaksMessage } from '../../../../lib/protocol/messages';
import { loadForm } from '../helpers';
import { CODE, text } from './helpers';

/**
 * The classic form can be sent without a click on its button (a page script's requestSubmit(), a form
 * whose button we do not recognise): the guard also stops the `submit` event itself.
 */

const REASON = `Here is my recovery code: ${CODE}`;
let form: DetectedForm;
let guard: SubmitGuard;
let sent: Array<HTMLElement | null>;
let owner: HTMLFormElement;

const leaks = (): LeaksMessage => ({
  type: 'leaks',
  checked: fingerprint(form.controls.username!.value, REASON),
  names: 'a recovery code',
  leaks: [
    {
      field: 'reason',
      text: REASON,
      spans: [{ start: REASON.indexOf(CODE), end: REASON.length }],
      kinds: ['recovery-code'],
    },
  ],
});
const clean = (): LeaksMessage => ({ ...leaks(), leaks: [], names: '' });
const host = () => document.querySelector(`[${PROMPT_HOST_ATTR}]`);
const promptButton = (name: string) =>
  Array.from(host()?.shadowRoot?.querySelectorAll('button') ?? []).find((b) => b.textContent === name)!;

beforeEach(() => {
  form = loadForm('legacy-form.html');
  form.controls.username!.value = 'octo';
  form.controls.reason!.value = REASON;
  // The classic form's boxes are required: the browser would not send it otherwise.
  for (const box of [form.controls.recoveryCodes, form.controls.codeOfConduct, form.controls.acknowledgement])
    box!.checked = true;
  owner = form.controls.reason!.closest('form')!;
  guard = new SubmitGuard({
    doc: document,
    form: () => form,
    write: async () => ({ ok: true, canUndo: true }),
    refresh: () => undefined,
    text,
    timers: { set: (fn, ms) => setTimeout(fn, ms) as unknown as number, clear: (id) => clearTimeout(id) },
  });
  window.addEventListener('submit', guard.onSubmit, { capture: true });
  sent = [];
  // The page's own handler, standing in for the browser sending the form (no navigation in the test).
  owner.addEventListener('submit', (e) => {
    e.preventDefault();
    sent.push(e.submitter);
  });
});
afterEach(() => {
  guard.stop();
  window.removeEventListener('submit', guard.onSubmit, { capture: true });
});

describe('a classic form sent without a click', () => {
  it('is stopped when it would publish a secret, and the prompt asks', () => {
    guard.setLeaks(leaks());
    owner.requestSubmit();
    expect(sent).toHaveLength(0);
    expect(host()).not.toBeNull();
  });

  it('"Submit anyway" sends it once, with the button that sent it', () => {
    const button = owner.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    guard.setLeaks(leaks());
    owner.requestSubmit(button);
    promptButton('Submit anyway').click();
    expect(sent).toEqual([button]);
    expect(host()).toBeNull();
  });

  it('goes through untouched when the checked text holds no secret', () => {
    guard.setLeaks(clean());
    owner.requestSubmit();
    expect(sent).toHaveLength(1);
    expect(host()).toBeNull();
  });

  it('holds a submission of text not checked yet, then sends it when no answer comes', async () => {
    vi.useFakeTimers();
    try {
      owner.requestSubmit();
      expect(sent).toHaveLength(0);
      await vi.runAllTimersAsync();
      expect(sent).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves other forms on the page alone', () => {
    guard.setLeaks(leaks());
    const other = document.createElement('form');
    let otherSent = 0;
    other.addEventListener('submit', (e) => {
      e.preventDefault();
      otherSent++;
    });
    document.body.append(other);
    other.requestSubmit();
    expect(otherSent).toBe(1);
    expect(host()).toBeNull();
  });
});
