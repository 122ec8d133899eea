import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../../lib/engine/form/schema';
import { formState, makeReport, renderPanelProps, resetBrowser } from './helpers';

beforeEach(resetBrowser);

/** Mixed on purpose: a warning listed before a failure, passes around them, every group used. */
const checks: Check[] = [
  { id: 'username.present', status: 'pass', message: 'A name is there.' },
  { id: 'username.format', status: 'warn', message: 'Put the name in backticks.' },
  { id: 'reason.present', status: 'pass', message: 'Some reason is there.' },
  { id: 'reason.lost_factor', status: 'fail', message: 'Nothing says what stopped working.' },
  { id: 'coc.checked', status: 'fail', message: 'The conduct box is empty.' },
  { id: 'privacy.email', status: 'warn', message: 'An address is visible.' },
];

const toFix = () => screen.getByRole('navigation', { name: 'To fix' });
const item = (id: string) => document.querySelector<HTMLElement>(`[data-check="${id}"]`)!;

describe('a passing check takes one line', () => {
  it('shows its title, keeps its why folded away, and opens it on request', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    const passing = item('username.present');
    const why = within(passing).getByText('A name is there.');
    const disclosure = why.closest('details')!;
    expect(disclosure.open).toBe(false);
    // The title is still a heading with its status in words, and it is the disclosure's own label.
    const title = within(passing).getByRole('heading', { name: 'Done: Username given' });
    expect(title.closest('summary')).toBe(disclosure.querySelector('summary'));
    fireEvent.click(disclosure.querySelector('summary')!);
    expect(disclosure.open).toBe(true);
  });

  it('leaves failing and warning checks fully shown, with their why and no disclosure', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    for (const id of ['username.format', 'reason.lost_factor', 'coc.checked']) {
      expect(item(id).querySelector('details')).toBeNull();
      expect(item(id).querySelector('.check__message')?.textContent).not.toBe('');
    }
  });
});

describe('the "To fix" list under the summary', () => {
  it('links every failing check first, then every warning, each by its title', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    const links = within(toFix())
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(links).toEqual([
      'Needs fixing: Says what was lost',
      'Needs fixing: Code of Conduct box ticked',
      'Worth a look: Username written as PyPI has it',
      'Worth a look: No email address in public',
    ]);
    // It sits right after the summary, before the checklist.
    const order = [...document.querySelectorAll('.summary, .todo, .checklist')].map((el) => el.className.split(' ')[0]);
    expect(order).toEqual(['summary', 'todo', 'checklist']);
  });

  it('moves focus to the item a link names, and the link is a real in-page anchor', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    const link = within(toFix()).getByRole('link', { name: /Code of Conduct box ticked/ });
    const target = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(target.closest('[data-check]')).toBe(item('coc.checked'));
    fireEvent.click(link);
    expect(document.activeElement).toBe(target);
    expect(target.textContent).toContain('Code of Conduct box ticked');
  });

  it('is headed "Worth a look" when only warnings are left, and absent when all is done', () => {
    const onlyWarnings = checks.map((c) => (c.status === 'fail' ? { ...c, status: 'pass' as const } : c));
    const { rerender } = render(renderPanelProps(formState(makeReport(onlyWarnings))));
    const nav = screen.getByRole('navigation', { name: 'Worth a look' });
    expect(within(nav).getAllByRole('link')).toHaveLength(2);

    const allDone = checks.map((c) => ({ ...c, status: 'pass' as const }));
    rerender(renderPanelProps(formState(makeReport(allDone))));
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('6 of 6 ready — nothing left to fix')).toBeTruthy();
  });

  it('follows the report as checks are fixed', () => {
    const { rerender } = render(renderPanelProps(formState(makeReport(checks))));
    expect(within(toFix()).getAllByRole('link')).toHaveLength(4);
    const fixed = checks.map((c) => (c.id === 'coc.checked' ? { ...c, status: 'pass' as const } : c));
    rerender(renderPanelProps(formState(makeReport(fixed))));
    expect(within(toFix()).queryByRole('link', { name: /Code of Conduct/ })).toBeNull();
    expect(within(toFix()).getAllByRole('link')).toHaveLength(3);
  });
});
