import { fingerprint } from '../../protocol/fingerprint';
import type { LeaksMessage, Write, WriteResult } from '../../protocol/types';
import { writeErrorText } from '../../protocol/write-error';
import type { DetectedForm } from '../detect';
import { openLeakPrompt, type LeakPrompt } from './prompt';
import type { Timers } from '../session';
import { TEXT_CONTROL } from '../selectors';
import { findSubmitButton } from './submit-button';

export interface GuardOptions {
  doc: Document;
  /** The recovery form as the session last found it. */
  form: () => DetectedForm | null;
  /** The undoable write path (FormSession.write). */
  write: (write: Write) => Promise<WriteResult>;
  /** Send the page's text to the background now, for text typed just before the click. */
  refresh: () => void;
  /** The extension's translated strings. */
  text: (key: string, subs?: string[]) => string;
  /** The session's timers (tied to the content script's lifetime). */
  timers: Timers;
}

/** How long a submission waits for the check of text typed just before it; after that it goes through. */
export const PENDING_WAIT = 1000;

/**
 * Stops a submission that would publish a secret, and asks. It decides from the background's latest
 * report on the exact text in the fields (the detectors are not in the page). It always leaves a way
 * through: "Submit anyway", and if anything goes wrong or no answer comes, the submission goes ahead.
 */
export class SubmitGuard {
  private latest: LeaksMessage | null = null;
  private waiter: (() => void) | null = null;
  private pending = false;
  private bypass = false;
  private prompt: LeakPrompt | null = null;

  constructor(private readonly o: GuardOptions) {}

  setLeaks(message: LeaksMessage): void {
    this.latest = message;
    this.waiter?.();
  }

  /** Capture-phase click on the page: GitHub's submit button, or an implicit submission's click. */
  readonly onClick = (e: MouseEvent): void => {
    if (this.bypass) return;
    const form = this.o.form();
    const button = form && findSubmitButton(form);
    if (!form || !button || !(e.target instanceof Node) || !button.contains(e.target)) return;
    this.intercept(e, form, () => button.click());
  };

  /** Capture-phase Ctrl/Cmd+Enter in one of the form's text boxes, which GitHub treats as submit. */
  readonly onKeyDown = (e: KeyboardEvent): void => {
    if (this.bypass || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || e.isComposing) return;
    const form = this.o.form();
    const target = e.target;
    if (!form || !(target instanceof Element) || !target.matches(TEXT_CONTROL) || !form.root.contains(target)) return;
    const init: KeyboardEventInit = {
      key: 'Enter',
      code: 'Enter',
      ctrlKey: e.ctrlKey,
      metaKey: e.metaKey,
      bubbles: true,
      cancelable: true,
    };
    this.intercept(e, form, () => {
      const button = findSubmitButton(form);
      if (button) button.click();
      else target.dispatchEvent(new KeyboardEvent('keydown', init));
    });
  };

  /**
   * Capture-phase `submit` of the classic form that holds the fields: a page script's requestSubmit(), or
   * a form without a button we know, sends no click. A submission that began as a click we let through
   * arrives here too, and passes on the same report; one we resend arrives while bypassing.
   */
  readonly onSubmit = (e: SubmitEvent): void => {
    if (this.bypass) return;
    const form = this.o.form();
    const owner = e.target;
    if (!form || !(owner instanceof HTMLFormElement)) return;
    const { username, reason } = form.controls;
    if (!(reason && owner.contains(reason)) && !(username && owner.contains(username))) return;
    // Resend with the same button, when there was one: its name and value are part of what is sent.
    const by = e.submitter;
    const submitter =
      (by instanceof HTMLButtonElement || by instanceof HTMLInputElement) && by.form === owner ? by : null;
    this.intercept(e, form, () => owner.requestSubmit(submitter));
  };

  stop(): void {
    this.prompt?.close();
    this.prompt = null;
    this.waiter?.();
  }

  private intercept(e: Event, form: DetectedForm, resend: () => void): void {
    if (this.prompt || this.pending) {
      // A second press while we ask or wait: the first one's outcome decides.
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    let fp: string;
    try {
      fp = this.current(form);
    } catch {
      return;
    }
    if (this.latest?.checked === fp) {
      if (this.latest.leaks.length === 0) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      this.ask(this.latest, form, resend);
      return;
    }
    // Text typed a moment ago has not been checked yet: hold this one submission for the answer.
    e.preventDefault();
    e.stopImmediatePropagation();
    this.pending = true;
    void this.answerFor(fp).then((answer) => {
      this.pending = false;
      if (answer && answer.leaks.length > 0) this.ask(answer, form, resend);
      else this.pass(resend);
    });
  }

  private current(form: DetectedForm): string {
    return fingerprint(form.controls.username?.value ?? '', form.controls.reason?.value ?? '');
  }

  private answerFor(fp: string): Promise<LeaksMessage | null> {
    return new Promise((resolve) => {
      const finish = () => {
        this.waiter = null;
        this.o.timers.clear(timer);
        resolve(this.latest?.checked === fp ? this.latest : null);
      };
      const timer = this.o.timers.set(finish, PENDING_WAIT);
      this.waiter = () => {
        if (this.latest?.checked === fp) finish();
      };
      try {
        this.o.refresh();
      } catch {
        finish();
      }
    });
  }

  /** Lets one submission through our own listeners. */
  private pass(resend: () => void): void {
    this.bypass = true;
    try {
      resend();
    } catch {
      // Nothing more we can do; the user can press the button again (the guard lets it through).
    } finally {
      this.bypass = false;
    }
  }

  private ask(leaks: LeaksMessage, form: DetectedForm, resend: () => void): void {
    const t = this.o.text;
    try {
      this.prompt = openLeakPrompt({
        doc: this.o.doc,
        container: form.variant === 'dialog' && form.root instanceof Element ? form.root : undefined,
        texts: {
          title: t('leak_prompt_title'),
          body: t('leak_prompt_body', [leaks.names || t('leak_prompt_fallback_name')]),
          remove: t('leak_prompt_remove'),
          submit: t('leak_prompt_submit'),
        },
        onRemove: () => this.remove(leaks),
        onSubmit: () => {
          this.prompt = null;
          this.pass(resend);
        },
        onClose: () => {
          this.prompt = null;
        },
      });
    } catch {
      this.prompt = null;
      this.pass(resend);
    }
  }

  /** Each field's secrets, through the undoable write path; the write refuses if the text changed since. */
  private async remove(leaks: LeaksMessage): Promise<string | null> {
    for (const leak of leaks.leaks) {
      // A write that throws (the page changed under it) must still tell the user, not leave a silent button.
      const result = await this.o
        .write({ kind: 'redact', field: leak.field, spans: leak.spans, expected: leak.text })
        .catch((): WriteResult => ({ ok: false, canUndo: false }));
      if (!result.ok) return writeErrorText(result, (key) => this.o.text(key), 'leak_prompt_remove_failed');
    }
    return null;
  }
}
