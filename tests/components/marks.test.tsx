import { fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/Panel';
import type { MarksHandle } from '../../components/hooks/use-marks';
import type { Report } from '../../lib/engine/form/schema';
import type { Mark, MarkableId } from '../../lib/engine/markable';
import { applyMarks, toggleMark } from '../../lib/engine/marks';
import { buildReport } from '../../lib/engine/report';
import { EMPTY_ANSWERS } from '../../lib/engine/templates/composer';
import { formState, getMessage, recordingWriter, resetBrowser } from './helpers';

beforeEach(resetBrowser);

// A real report of a vague request: an email for a username, the Code of Conduct box left empty, and a
// reason that says neither how and when nor what still works.
const REASON = 'My authenticator app is gone and I need the account back for my packages.';
const ENGINE = buildReport({
  username: 'sailor@example.com',
  reason: REASON,
  recoveryCodes: true,
  codeOfConduct: false,
  acknowledgement: true,
});
const statusOf = (id: string) => ENGINE.checks.find((c) => c.id === id)?.status;

/** The panel over a stand-in background that applies marks the way the real one does. */
function MarkingPanel({ failNext = false, log }: { failNext?: boolean; log: Array<[MarkableId, boolean]> }) {
  const [marks, setMarks] = useState<Mark[]>([]);
  const [failed, setFailed] = useState<MarkableId | null>(null);
  const report: Report = applyMarks(ENGINE, marks, getMessage('marked_message'));
  const handle: MarksHandle = {
    pending: null,
    failed,
    mark: (id, covered) => {
      log.push([id, covered]);
      if (failNext) return setFailed(id);
      setMarks((m) => toggleMark(m, id, covered, REASON));
    },
  };
  return (
    <Panel
      loading={false}
      state={formState(report)}
      write={recordingWriter().write}
      openForm={() => undefined}
      answers={EMPTY_ANSWERS}
      onAnswers={() => undefined}
      marks={handle}
    />
  );
}

const toggleIn = (id: string) => {
  const item = document.querySelector<HTMLElement>(`[data-check="${id}"]`);
  if (!item) throw new Error(`no item for ${id}`);
  return within(item).queryByRole('button', { name: "I've covered this" });
};

describe('"I\'ve covered this" in the panel', () => {
  it('is offered on reason checks the assistant doubts, and nowhere else', () => {
    expect([statusOf('reason.remaining_access'), statusOf('reason.attempts')]).toEqual(['fail', 'warn']);
    expect([statusOf('username.format'), statusOf('coc.checked'), statusOf('reason.lost_factor')]).toEqual([
      'fail',
      'fail',
      'pass',
    ]);
    render(<MarkingPanel log={[]} />);
    expect(toggleIn('reason.remaining_access')).not.toBeNull();
    expect(toggleIn('reason.attempts')).not.toBeNull();
    for (const id of ['username.format', 'coc.checked', 'reason.lost_factor', 'privacy.email'])
      expect(toggleIn(id), id).toBeNull();
  });

  it("counts a marked check as done, says it was the writer, and keeps the assistant's reading beside it", () => {
    const log: Array<[MarkableId, boolean]> = [];
    render(<MarkingPanel log={log} />);
    const { passed, total } = ENGINE.score;
    expect(screen.getByText(`${passed} of ${total} ready — 4 things to fix`)).toBeTruthy();
    const button = toggleIn('reason.remaining_access');
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button as HTMLElement);
    expect(log).toEqual([['reason.remaining_access', true]]);

    const summary = `${passed + 1} of ${total} ready — 3 things to fix (1 of them marked by you)`;
    expect(screen.getByText(summary, { selector: '.summary__text' })).toBeTruthy();
    // The change of score is spoken, once.
    expect(screen.getByTestId('announcer').textContent).toBe(summary);
    expect(screen.getByRole('heading', { name: /^Marked by you: / })).toBeTruthy();
    const said = ENGINE.checks.find((c) => c.id === 'reason.remaining_access')?.message ?? '';
    expect(screen.getByText(`The assistant's own reading was: ${said}`)).toBeTruthy();
    expect(toggleIn('reason.remaining_access')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('keeps keyboard focus on the toggle as the check changes state, and undoes on a second press', () => {
    const log: Array<[MarkableId, boolean]> = [];
    render(<MarkingPanel log={log} />);
    const button = toggleIn('reason.attempts') as HTMLElement;
    button.focus();
    fireEvent.click(button);
    expect(document.activeElement).toBe(toggleIn('reason.attempts'));
    fireEvent.click(document.activeElement as HTMLElement);
    expect(log).toEqual([
      ['reason.attempts', true],
      ['reason.attempts', false],
    ]);
    expect(toggleIn('reason.attempts')?.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByText(`${ENGINE.score.passed} of ${ENGINE.score.total} ready — 4 things to fix`)).toBeTruthy();
    expect(document.activeElement).toBe(toggleIn('reason.attempts'));
  });

  it('tells the writer when a mark could not be made, instead of pretending', () => {
    render(<MarkingPanel log={[]} failNext />);
    fireEvent.click(toggleIn('reason.attempts') as HTMLElement);
    expect(screen.getByText(/That did not work/)).toBeTruthy();
    expect(toggleIn('reason.attempts')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('explains what the mark does and how it ends, tied to the button for screen readers', () => {
    render(<MarkingPanel log={[]} />);
    const button = toggleIn('reason.attempts') as HTMLElement;
    const described = (button.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = described.map((id) => document.getElementById(id)?.textContent ?? '');
    expect(texts.join(' ')).toMatch(/counts as done/);
    fireEvent.click(button);
    const after = toggleIn('reason.attempts') as HTMLElement;
    const notes = (after.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(notes.join(' ')).toMatch(/Press again to undo/);
  });
});
