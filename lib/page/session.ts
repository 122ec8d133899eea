import type { ContentMessage, PingReply, Write, WriteResult } from '../protocol/types';
import { mayChangeForm, pageState, type DetectedForm } from './detect';
import { readSnapshot } from './read';
import { UndoStack } from './undo';
import { applyWrite, settleTimeout, type Settle } from './write';

/** Timer functions, passed in so the content script can tie them to WXT's context (cleared on reload). */
export interface Timers {
  set(fn: () => void, ms: number): number;
  clear(id: number): void;
}

export interface SessionOptions {
  doc: Document;
  href: () => string;
  send: (message: ContentMessage) => void;
  timers: Timers;
  settle?: Settle;
  /** Called each time a form is found: the content script arms what only a form needs (once). */
  onForm?: () => void;
}

/** Typing: report ~50 ms after a pause, and at least every 250 ms while the user keeps typing. */
export const INPUT_DELAY = 50;
export const INPUT_MAX_WAIT = 250;
/** DOM changes come in bursts while React renders; look once the burst is over. */
export const MUTATION_DELAY = 120;
/** React pages render the form after load: only call the form "not recognised" once the page is quiet. */
export const UNRECOGNISED_GRACE = 1500;

/** What the session last found: nothing looked at yet, no form, the form, or the form's URL without its fields. */
export type PageStatus = PingReply['status'];

/**
 * The content script's state machine, without `browser`: it watches one document, tells the background
 * what the form holds (only when that changed) and carries out writes. content.ts wires the events.
 */
export class FormSession {
  private status: PageStatus = 'unknown';
  private form: DetectedForm | null = null;
  private lastSent = '';
  private readonly undo = new UndoStack();
  private inputTimer: number | null = null;
  private firstPending = 0;
  private detectTimer: number | null = null;
  private graceTimer: number | null = null;

  constructor(private readonly o: SessionOptions) {}

  /** What the last look found (answered to the background's ping, so it can tell a live script and what it saw). */
  get found(): PageStatus {
    return this.status;
  }

  /** Look at the page again from scratch (navigation, DOM changes, start). */
  detect(graceOver = false): void {
    const state = pageState(this.o.doc, this.o.href());
    if (state.kind === 'form') {
      this.form = state.form;
      this.o.onForm?.();
      this.clearGrace();
      this.sendSnapshot();
    } else if (state.kind === 'unrecognised') {
      this.form = null;
      if (graceOver) this.report('unrecognised', { type: 'unrecognised', url: this.o.href().slice(0, 4096) });
      else if (this.status !== 'unrecognised' && this.graceTimer === null) {
        this.graceTimer = this.o.timers.set(() => {
          this.graceTimer = null;
          this.detect(true);
        }, UNRECOGNISED_GRACE);
      }
    } else {
      this.form = null;
      this.clearGrace();
      this.undo.clear();
      this.report('none', { type: 'gone' });
    }
  }

  /** The form as found now (the leak guard reads it on a submit); looks again if React replaced its controls. */
  get current(): DetectedForm | null {
    const c = this.form?.controls;
    if (c && ![c.username, c.reason].every((el) => el?.isConnected)) this.detect();
    return this.form;
  }

  /** Typing or ticking: re-read the known controls (cheap), or detect again if React replaced them. */
  read(): void {
    const c = this.form?.controls;
    const live = c && [c.username, c.reason].every((el) => el?.isConnected);
    if (live) this.sendSnapshot();
    else this.detect();
  }

  onInput(): void {
    const now = Date.now();
    if (this.inputTimer === null) this.firstPending = now;
    else this.o.timers.clear(this.inputTimer);
    const wait = Math.max(0, Math.min(INPUT_DELAY, this.firstPending + INPUT_MAX_WAIT - now));
    this.inputTimer = this.o.timers.set(() => {
      this.inputTimer = null;
      this.read();
    }, wait);
  }

  /** Navigation (no records) or DOM changes: look again once the burst is over, if they can matter. */
  onMutation(records?: readonly MutationRecord[]): void {
    if (records && !mayChangeForm(records, this.form)) return;
    if (this.detectTimer !== null) this.o.timers.clear(this.detectTimer);
    this.detectTimer = this.o.timers.set(() => {
      this.detectTimer = null;
      this.detect();
    }, MUTATION_DELAY);
  }

  async write(write: Write): Promise<WriteResult> {
    this.detect();
    if (!this.form) return { ok: false, code: 'form-missing', canUndo: false };
    const result = await applyWrite(this.form.controls, write, this.undo, this.o.settle ?? settleTimeout);
    this.read();
    return result;
  }

  stop(): void {
    for (const id of [this.inputTimer, this.detectTimer, this.graceTimer]) if (id !== null) this.o.timers.clear(id);
    this.inputTimer = this.detectTimer = this.graceTimer = null;
  }

  private sendSnapshot(): void {
    if (!this.form) return;
    const snapshot = readSnapshot(this.form, this.o.doc, this.o.href());
    const json = JSON.stringify(snapshot);
    if (this.status === 'form' && json === this.lastSent) return;
    this.status = 'form';
    this.lastSent = json;
    this.o.send({ type: 'snapshot', snapshot });
  }

  /** Status messages are sent on a change only (a page load with no form sends one `gone`). */
  private report(status: Exclude<PageStatus, 'unknown' | 'form'>, message: ContentMessage): void {
    if (this.status === status) return;
    this.status = status;
    this.lastSent = '';
    this.o.send(message);
  }

  private clearGrace(): void {
    if (this.graceTimer !== null) this.o.timers.clear(this.graceTimer);
    this.graceTimer = null;
  }
}
