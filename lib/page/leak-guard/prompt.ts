/**
 * The small prompt shown over GitHub's page when a submission would publish a secret. It lives in a
 * shadow root so GitHub's styles cannot reach it and ours cannot leak into the page; every text is set
 * with textContent (the names come from the background, but nothing here is ever parsed as HTML).
 */
import CSS from './prompt.css?inline';

export interface PromptTexts {
  title: string;
  body: string;
  remove: string;
  submit: string;
}

export interface PromptOptions {
  doc: Document;
  /** Where the prompt goes: inside GitHub's dialog when the form is in one, so its focus trap lets ours be. */
  container?: Element;
  texts: PromptTexts;
  /** Resolves with null when the text was removed, or a sentence saying why not. */
  onRemove: () => Promise<string | null>;
  onSubmit: () => void;
  /** Escape, or after a removal: the prompt is gone and focus is back on the page. */
  onClose: () => void;
}

export interface LeakPrompt {
  host: HTMLElement;
  close(): void;
}

export const PROMPT_HOST_ATTR = 'data-pypi-recovery-leak-prompt';

/** GitHub's own setting first (data-color-mode on <html>), then the system's. */
function theme(doc: Document): 'light' | 'dark' {
  const mode = doc.documentElement.getAttribute('data-color-mode');
  if (mode === 'light' || mode === 'dark') return mode;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  text = '',
  cls = '',
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

export function openLeakPrompt(o: PromptOptions): LeakPrompt {
  const { doc, texts } = o;
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const host = el(doc, 'div');
  host.setAttribute(PROMPT_HOST_ATTR, '');
  host.setAttribute('data-theme', theme(doc));
  const shadow = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', CSS);
  const box = el(doc, 'div', '', 'box');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', 'leak-title');
  box.setAttribute('aria-describedby', 'leak-body');
  const title = el(doc, 'h2', texts.title);
  title.id = 'leak-title';
  const body = el(doc, 'p', texts.body);
  body.id = 'leak-body';
  const error = el(doc, 'p', '', 'error');
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const remove = el(doc, 'button', texts.remove, 'primary');
  const submit = el(doc, 'button', texts.submit);
  remove.type = submit.type = 'button';
  const actions = el(doc, 'div', '', 'actions');
  actions.append(submit, remove);
  box.append(title, body, error, actions);
  shadow.append(style, box);

  let open = true;
  const close = (refocus: boolean) => {
    if (!open) return;
    open = false;
    host.remove();
    if (refocus && previous?.isConnected) previous.focus();
  };

  remove.addEventListener('click', () => {
    remove.disabled = true;
    void o.onRemove().then(
      (problem) => {
        if (problem === null) {
          // The write left the caret in the field, after "[removed]": keep it there.
          close(false);
          o.onClose();
          return;
        }
        error.textContent = problem;
        error.hidden = false;
        remove.disabled = false;
        submit.focus();
      },
      () => {
        remove.disabled = false;
      },
    );
  });
  submit.addEventListener('click', () => {
    close(true);
    o.onSubmit();
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
      o.onClose();
    } else if (e.key === 'Tab') {
      // Two buttons: keep Tab between them while the prompt is open (it is modal for the submission).
      const order = [submit, remove].filter((b) => !b.disabled);
      const at = order.indexOf(shadow.activeElement as HTMLButtonElement);
      const next = order[(at + (e.shiftKey ? order.length - 1 : 1)) % order.length];
      if (next) {
        e.preventDefault();
        next.focus();
      }
    }
  });

  (o.container ?? doc.body).append(host);
  remove.focus();
  return { host, close: () => close(true) };
}
