import { pollFor } from '../wait';
import type { Panel, Tab } from './types';

/**
 * The few things each browser's automation library must do itself (trusted input, navigation); everything
 * else in a Tab or Panel is built on these, the same for both browsers.
 */
export interface RawPage {
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until a condition holds in the page (checked in the page, again after a navigation). */
  waitFor(condition: () => boolean): Promise<void>;
  /** A real click (trusted input) on the element matching a CSS selector, in the page or an open shadow root. */
  click(selector: string): Promise<void>;
  /** Focuses the element matching a CSS selector. */
  focus(selector: string): Promise<void>;
  /** Inserts text at the caret of the focused element, as one input (like a paste). */
  insertText(text: string): Promise<void>;
  /** Types text key by key. */
  typeKeys(text: string): Promise<void>;
  /** A key or chord: `Control+a`, `Enter`. */
  press(keys: string): Promise<void>;
  goto(url: string): Promise<void>;
  /** Resizes the page's window (the panel's width). */
  resize(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Marks the control a label names (by <label for>, a wrapping <label>, aria-labelledby or aria-label) and returns a selector
 * for it, so the browser-specific side can click or focus it. Runs in the page.
 */
function markControl(label: string): string | null {
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
  const candidates: Element[] = [];
  for (const l of Array.from(document.querySelectorAll('label'))) {
    if (!norm(l.textContent).startsWith(label)) continue;
    const control = l.control ?? l.querySelector('input, textarea, select');
    if (control) candidates.push(control);
  }
  // aria-labelledby wins over aria-label, as it does for the accessible name.
  for (const el of Array.from(document.querySelectorAll('[aria-labelledby]'))) {
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/);
    const name = norm(ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
    if (name.startsWith(label)) candidates.push(el);
  }
  for (const el of Array.from(document.querySelectorAll('[aria-label]:not([aria-labelledby])')))
    if (norm(el.getAttribute('aria-label')) === label) candidates.push(el);
  // Inside an open dialog, its controls win over the page's hidden ones.
  const visible = candidates.filter((c) => (c as HTMLElement).offsetParent !== null || c.closest('dialog[open]'));
  const target = visible[0] ?? candidates[0];
  if (!target) return null;
  const mark = `m${Math.random().toString(36).slice(2)}`;
  target.setAttribute('data-e2e', mark);
  return `[data-e2e="${mark}"]`;
}

/**
 * Marks the button with this text (exact after trimming, or matching a pattern's source), optionally inside
 * `within`, looking into open shadow roots too (the leak guard's prompt lives in one). Runs in the page.
 */
function markButton(arg: { name: string; pattern: boolean; within: string | null }): string | null {
  const all = (root: Document | ShadowRoot | Element, selector: string): Element[] => {
    const found = Array.from(root.querySelectorAll(selector));
    for (const el of Array.from(root.querySelectorAll('*')))
      if (el.shadowRoot) found.push(...all(el.shadowRoot, selector));
    return found;
  };
  const root = arg.within ? document.querySelector(arg.within) : document;
  if (!root) return null;
  const re = arg.pattern ? new RegExp(arg.name) : null;
  const text = (b: Element) => ((b as HTMLInputElement).value || b.textContent || '').replace(/\s+/g, ' ').trim();
  // A disabled button cannot be clicked by a user either: wait for it to be enabled (see `until`).
  const enabled = (b: Element) => !(b as HTMLButtonElement).disabled && b.getAttribute('aria-disabled') !== 'true';
  const target = all(root, 'button, [role="button"], input[type="submit"]').find(
    (b) => (re ? re.test(text(b)) : text(b) === arg.name) && enabled(b),
  );
  if (!target) return null;
  const mark = `m${Math.random().toString(36).slice(2)}`;
  target.setAttribute('data-e2e', mark);
  return `[data-e2e="${mark}"]`;
}

/** The text of the first element matching a selector, in the page or an open shadow root. Runs in the page. */
function deepText(selector: string): string | null {
  const find = (root: Document | ShadowRoot): Element | null => {
    const here = root.querySelector(selector);
    if (here) return here;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const inner = el.shadowRoot ? find(el.shadowRoot) : null;
      if (inner) return inner;
    }
    return null;
  };
  return find(document)?.textContent ?? null;
}

/** Waits for something the page will show after an event the test caused (a render, a prompt). */
const until = async <T>(read: () => Promise<T | null>, what: string): Promise<T> =>
  (await pollFor(
    read,
    (value) => value !== null,
    () => `not found: ${what}`,
  )) as T;

/** The page's own scripts are ready: the React mimic says so; the classic form is ready when loaded. */
export async function whenLoaded(raw: RawPage): Promise<void> {
  await raw.waitFor(() => document.readyState === 'complete');
  const react = await raw.evaluate(() => document.querySelector('script[src*="react-mimic"]') !== null, null);
  if (react) await raw.waitFor(() => document.documentElement.dataset.hydrated === 'true');
}

export function tabOn(raw: RawPage, id: number): Tab {
  const control = (label: string) => until(() => raw.evaluate(markControl, label), `a control labelled "${label}"`);
  return {
    id,
    async fill(label, text) {
      const sel = await control(label);
      await raw.focus(sel);
      await raw.evaluate((s) => {
        const el = document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement;
        el.setSelectionRange(0, el.value.length);
      }, sel);
      if (text === '') await raw.press('Backspace');
      else await raw.insertText(text);
    },
    async type(label, text) {
      const sel = await control(label);
      await raw.focus(sel);
      await raw.evaluate((s) => {
        const el = document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement;
        el.setSelectionRange(el.value.length, el.value.length);
      }, sel);
      await raw.typeKeys(text);
    },
    async value(label) {
      const sel = await control(label);
      return raw.evaluate((s) => (document.querySelector(s) as HTMLInputElement).value, sel);
    },
    async check(label) {
      const sel = await control(label);
      const checked = await raw.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, sel);
      if (!checked) await raw.click(sel);
    },
    async clickButton(name) {
      const sel = await until(
        () => raw.evaluate(markButton, { name, pattern: false, within: null }),
        `a button "${name}"`,
      );
      await raw.click(sel);
    },
    text: (selector) => raw.evaluate(deepText, selector),
    counter: (name) => raw.evaluate((n) => Number(document.documentElement.dataset[n] ?? 0), name),
    async goto(pathAndQuery) {
      await raw.goto(`https://github.com${pathAndQuery}`);
      await whenLoaded(raw);
    },
    close: () => raw.close(),
  };
}

export function panelOn(raw: RawPage): Panel {
  const item = (id: string) => `[data-check="${id}"]`;
  const find = (name: string | RegExp, within: string | null) =>
    raw.evaluate(markButton, {
      name: typeof name === 'string' ? name : name.source,
      pattern: typeof name !== 'string',
      within,
    });
  return {
    status: (id) =>
      raw.evaluate((sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        for (const s of ['pass', 'warn', 'fail'] as const) if (el.classList.contains(`check--${s}`)) return s;
        return null;
      }, item(id)),
    score: () =>
      raw.evaluate(() => {
        const text = document.querySelector('.summary__text')?.textContent ?? '';
        // "6 of 10" in English (the journeys read the score in an English browser).
        const m = /(\d+) of (\d+)/.exec(text);
        return m ? `${m[1]}/${m[2]}` : '';
      }, null),
    async click(name, inCheck) {
      const sel = await until(() => find(name, inCheck ? item(inCheck) : null), `a panel button "${String(name)}"`);
      await raw.click(sel);
    },
    text: () => raw.evaluate(() => document.body.innerText, null),
    lang: () => raw.evaluate(() => document.documentElement.lang, null),
    async overflowAt(width) {
      await raw.resize(width, 900);
      // Whatever sticks out of the window sideways, or out of its own box: text cut off or a sideways scroll.
      return raw.evaluate(() => {
        const out: string[] = [];
        const max = document.documentElement.clientWidth;
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('main *'))) {
          const box = el.getBoundingClientRect();
          // Hidden on purpose (screen-reader text, clipped to 1px) or not laid out: nothing to see.
          if (box.width <= 1 || el.closest('.sr-only')) continue;
          const cut = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
          if (box.right > max + 1 || cut)
            out.push(`${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? '').slice(0, 40)}"`);
        }
        if (document.documentElement.scrollWidth > max + 1) out.push('the page scrolls sideways');
        return out;
      }, null);
    },
    close: () => raw.close(),
  };
}
