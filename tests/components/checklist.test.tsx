import { render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Check } from '../../lib/engine/form/schema';
import { buildReport } from '../../lib/engine/report';
import { formState, makeReport, renderPanelProps, resetBrowser } from './helpers';

beforeEach(resetBrowser);

const checks: Check[] = [
  { id: 'privacy.email', status: 'warn', message: 'An email address is public.' },
  { id: 'coc.checked', status: 'fail', message: 'The Code of Conduct box is not ticked.' },
  { id: 'username.format', status: 'pass', message: 'The username reads well.' },
  { id: 'language.english', status: 'pass', message: 'It is in English.' },
  { id: 'reason.lost_factor', status: 'fail', message: 'It does not say what was lost.' },
];

function announcer() {
  return screen.getByTestId('announcer');
}

describe('the live checklist', () => {
  it('groups checks the way the form is laid out', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    // The "To fix" list comes first; the groups follow in the form's order.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['To fix', 'Username', 'Reason', 'Confirmations', 'Privacy']);
    const reason = screen.getByRole('region', { name: 'Reason' });
    expect(within(reason).getByText('It is in English.')).toBeTruthy();
    expect(within(reason).getByText('It does not say what was lost.')).toBeTruthy();
    const confirmations = screen.getByRole('region', { name: 'Confirmations' });
    expect(within(confirmations).getByText('The Code of Conduct box is not ticked.')).toBeTruthy();
  });

  it('gives every item a status in words, a title and the why', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    expect(screen.getByRole('heading', { name: 'Needs fixing: Says what was lost' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Done: Username written as PyPI has it' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Worth a look: No email address in public' })).toBeTruthy();
  });

  it('sums up like the badge: passed of total, and how many things are left', () => {
    render(renderPanelProps(formState(makeReport(checks))));
    expect(screen.getByText('3 of 5 ready — 2 things to fix')).toBeTruthy();
  });

  it('renders a report from the engine with every check placed in a group', () => {
    const report = buildReport({
      username: '`octo-cat`',
      reason: '',
      recoveryCodes: false,
      codeOfConduct: true,
      acknowledgement: true,
    });
    render(renderPanelProps(formState(report)));
    expect(screen.getAllByRole('listitem').filter((li) => li.hasAttribute('data-check'))).toHaveLength(
      report.checks.length,
    );
    expect(screen.getByText(new RegExp(`^${report.score.passed} of ${report.score.total} ready`))).toBeTruthy();
  });

  it('shows odd text from the page as text, never as markup', () => {
    const html = '<img src=x onerror="alert(1)"> \u202Eevil\u202C';
    render(
      renderPanelProps(
        formState(makeReport([{ id: 'reason.attempts', status: 'warn', message: html, suggestion: html }])),
      ),
    );
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getAllByText(html, { normalizer: (s) => s }).length).toBe(2);
  });
});

describe('the live region', () => {
  it('announces only when readiness or the score changes, not on every keystroke', () => {
    const before = makeReport(checks, { reason: 'I lost' });
    const { rerender } = render(renderPanelProps(formState(before)));
    expect(announcer().textContent).toBe('');

    // The user typed more, the messages moved, but the score is the same: nothing is spoken.
    const typed = makeReport(
      checks.map((c) => (c.id === 'privacy.email' ? { ...c, message: 'Still an email address.' } : c)),
      { reason: 'I lost my' },
    );
    rerender(renderPanelProps(formState(typed)));
    expect(screen.getByText('Still an email address.')).toBeTruthy();
    expect(announcer().textContent).toBe('');

    const better = makeReport(checks.map((c) => (c.id === 'coc.checked' ? { ...c, status: 'pass' as const } : c)));
    rerender(renderPanelProps(formState(better)));
    expect(announcer().textContent).toBe('4 of 5 ready — 1 thing to fix');

    const ready = makeReport(checks.map((c) => (c.status === 'fail' ? { ...c, status: 'pass' as const } : c)));
    rerender(renderPanelProps(formState(ready)));
    expect(announcer().textContent).toBe('Ready to file. 5 of 5 ready — 1 suggestion worth a look');
    expect(announcer().getAttribute('aria-live')).toBe('polite');
  });
});
