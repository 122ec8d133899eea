import { describe, expect, it } from 'vitest';
import { detectForm } from '../../../../lib/page/detect';
import { openLeakPrompt } from '../../../../lib/page/leak-guard/prompt';
import { findSubmitButton, SUBMIT_STRATEGIES } from '../../../../lib/page/leak-guard/submit-button';
import { loadDialog, loadFixture, loadForm } from '../helpers';

const strategy = (name: string) => SUBMIT_STRATEGIES.find(([n]) => n === name)![1];

describe("finding GitHub's submit button", () => {
  it('finds "Create" on the React page by its test id', () => {
    const form = loadForm('react-form.html');
    expect(findSubmitButton(form)?.textContent).toBe('Create');
    expect(strategy('test id')(form)).toBe(findSubmitButton(form));
  });

  it('finds "Submit new issue" on the classic page, by its words and as the form\'s only submit button', () => {
    const form = loadForm('legacy-form.html');
    const found = findSubmitButton(form);
    expect(found?.textContent?.trim()).toBe('Submit new issue');
    expect(strategy('form submit')(form)).toBe(found);
  });

  it('still finds "Create" by its words when the test id is gone', () => {
    const form = loadForm('react-form.html');
    document.querySelector('[data-testid="create-issue-button"]')!.removeAttribute('data-testid');
    expect(strategy('test id')(form)).toBeNull();
    expect(findSubmitButton(form)?.textContent).toBe('Create');
  });

  it('finds the button inside the New-issue dialog, not elsewhere on the page', () => {
    loadDialog();
    const form = detectForm(document)!;
    expect(form.variant).toBe('dialog');
    const found = findSubmitButton(form);
    expect(found).not.toBeNull();
    expect(form.root.contains(found)).toBe(true);
  });

  it('does not take a near match ("Create more") for the submit button', () => {
    const form = loadForm('react-form.html');
    const submit = document.querySelector('[data-testid="create-issue-button"]')!;
    submit.remove();
    const near = document.createElement('button');
    near.textContent = 'Create more';
    document.querySelector('main')!.append(near);
    expect(findSubmitButton(form)).toBeNull();
  });
});

describe("the prompt's look", () => {
  const open = () =>
    openLeakPrompt({
      doc: document,
      texts: { title: 'T', body: 'B', remove: 'Remove it', submit: 'Submit anyway' },
      onRemove: async () => null,
      onSubmit: () => undefined,
      onClose: () => undefined,
    });

  it("follows GitHub's own colour mode, dark or light", () => {
    loadFixture('react-form.html');
    document.documentElement.setAttribute('data-color-mode', 'dark');
    const dark = open();
    expect(dark.host.getAttribute('data-theme')).toBe('dark');
    dark.close();
    document.documentElement.setAttribute('data-color-mode', 'light');
    const light = open();
    expect(light.host.getAttribute('data-theme')).toBe('light');
    light.close();
    expect(document.querySelector('[data-theme]')).toBeNull();
  });

  it('keeps Tab between its two buttons', () => {
    loadFixture('react-form.html');
    const p = open();
    const root = p.host.shadowRoot!;
    const box = root.querySelector('[role="alertdialog"]')!;
    expect(root.activeElement?.textContent).toBe('Remove it');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(root.activeElement?.textContent).toBe('Submit anyway');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(root.activeElement?.textContent).toBe('Remove it');
    p.close();
  });
});
