import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Ownership } from '../../components/ownership/Ownership';
import type { OwnershipHandle } from '../../components/hooks/use-ownership';
import type { Write } from '../../lib/protocol/messages';
import type { OwnershipState } from '../../lib/protocol/storage';
import { checkOwnership, type LookupError, type OwnershipReport } from '../../lib/ownership';
import { fakePypi, fixture, projectJson, threeProjectRoutes, type Routes } from '../fixtures/pypi/fake-pypi';
import { resetBrowser } from './helpers';
import messages from '../../public/_locales/en/messages.json';

beforeEach(resetBrowser);

function handle(state: OwnershipState | null, extra: Partial<OwnershipHandle> = {}): OwnershipHandle {
  return { state, asking: false, denied: false, failed: false, check: vi.fn(), cancel: vi.fn(), ...extra };
}

function show(h: OwnershipHandle, typedUsername = '`maria-dev`') {
  const writes: Write[] = [];
  render(<Ownership handle={h} typedUsername={typedUsername} busy={false} run={(w) => writes.push(w)} />);
  return writes;
}

async function reportFor(
  username: string,
  login: string | null,
  routes: Routes = threeProjectRoutes(),
): Promise<OwnershipReport> {
  const outcome = await checkOwnership(username, login, { fetch: fakePypi(routes).fetch, cache: new Map() });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.report;
}

const done = (report: OwnershipReport): OwnershipState => ({
  status: 'done',
  runId: 'r1',
  username: report.username,
  outcome: { ok: true, report },
  finishedAt: 1,
});
const failed = (error: LookupError, username = 'maria-dev'): OwnershipState => ({
  status: 'done',
  runId: 'r1',
  username,
  outcome: { ok: false, error },
  finishedAt: 1,
});

describe('before the look-up', () => {
  it('offers the check, says nothing is sent before the click, and asks with the refresh flag off', () => {
    const h = handle(null);
    show(h);
    expect(screen.getByText(/Nothing is sent to pypi.org until you click/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check my PyPI projects' }));
    expect(h.check).toHaveBeenCalledWith(false);
  });

  it('waits for a username before it can check', () => {
    show(handle(null), '');
    expect((screen.getByRole('button', { name: 'Check my PyPI projects' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/Type your PyPI username in the form first/)).toBeTruthy();
  });

  it('says calmly that nothing was sent when access to pypi.org is refused', () => {
    show(handle(null, { denied: true }));
    expect(screen.getByText(/Without access to pypi.org the check cannot run, and nothing was sent/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('disables the button while the browser is asking', () => {
    show(handle(null, { asking: true }));
    expect((screen.getByRole('button', { name: 'Check my PyPI projects' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['no-permission', /has no access to pypi.org/],
    ['no-username', /does not hold one PyPI username/],
    ['no-form', /not open in this tab/],
    ['interrupted', /was interrupted/],
  ] as const)('explains a look-up stopped for %s', (why, text) => {
    show(handle({ status: 'stopped', why, username: 'maria-dev' }));
    expect(screen.getByText(text)).toBeTruthy();
  });
});

describe('while looking up', () => {
  it('shows "3 of 12 projects" and cancels on request', () => {
    const h = handle({
      status: 'running',
      runId: 'r',
      username: 'maria-dev',
      progress: { done: 3, total: 12 },
      startedAt: 1,
    });
    show(h);
    expect(screen.getByText('3 of 12 projects')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check my PyPI projects' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(h.cancel).toHaveBeenCalled();
  });

  it('says it is reading the profile before the number of projects is known', () => {
    show(handle({ status: 'running', runId: 'r', username: 'maria-dev', progress: null, startedAt: 1 }));
    expect(screen.getByText('Reading the PyPI profile of `maria-dev`…')).toBeTruthy();
  });
});

describe('the verdicts', () => {
  it('lists each project with its repository and what support can see, then inserts the sentence', async () => {
    const report = await reportFor('maria-dev', 'maria-dev');
    const writes = show(handle(done(report)));
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'tidyframes',
      'Data_Wrangler',
      'meshkit',
    ]);
    expect(within(rows[0]!).getByText('Under your GitHub account')).toBeTruthy();
    expect(within(rows[1]!).getByText(/Organisation .*: say your role/)).toBeTruthy();
    expect(within(rows[2]!).getByText('Another host: say that it is yours')).toBeTruthy();
    expect(within(rows[0]!).getByRole('link').getAttribute('href')).toBe('https://github.com/maria-dev/tidyframes');
    expect(screen.getByTestId('own-headline').textContent).toMatch(
      /^1 of 3 projects link a repository under your GitHub account/,
    );
    expect(screen.getByText(/say your role there/)).toBeTruthy();
    expect(screen.getByText(/not a promise/)).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/guarantee/i);
    fireEvent.click(screen.getByRole('button', { name: 'Insert this as proof' }));
    expect(writes).toEqual([{ kind: 'insert', text: report.sentence, at: 'caret' }]);
  });

  it('never promises an outcome, in any of its words', () => {
    const own = Object.entries(messages as Record<string, { message: string }>).filter(([key]) =>
      key.startsWith('own_'),
    );
    expect(own.length).toBeGreaterThan(20);
    for (const [key, { message }] of own)
      expect([key, message]).not.toEqual([
        key,
        expect.stringMatching(/guarantee|will be (?:restored|reset|recovered)|certainly|100%/i),
      ]);
  });

  it('says so when every project is under the account, and offers to check again', async () => {
    const routes: Routes = {
      'https://pypi.org/user/maria-dev/': threeProjectRoutes()['https://pypi.org/user/maria-dev/'] as Routes[string],
      'https://pypi.org/pypi/tidyframes/json': projectJson('tidyframes', {
        Source: 'https://github.com/maria-dev/tidyframes',
      }),
      'https://pypi.org/pypi/data-wrangler/json': projectJson('Data_Wrangler', {
        Code: 'https://github.com/Maria-Dev/data-wrangler.git',
      }),
      'https://pypi.org/pypi/meshkit/json': projectJson('meshkit', null, 'https://github.com/maria-dev/meshkit'),
    };
    const h = handle(done(await reportFor('maria-dev', 'maria-dev', routes)));
    show(h);
    expect(screen.getByTestId('own-headline').textContent).toMatch(
      /^All 3 projects link a repository under your GitHub account `maria-dev`/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(h.check).toHaveBeenCalledWith(true);
  });

  it('tells a user pypi.org does not know that the PyPI name may differ from the GitHub handle', async () => {
    show(handle(done(await reportFor('maria', 'maria-gh', {}))), '`maria`');
    expect(
      screen.getByText(
        'No PyPI user `maria`. Check the spelling: your PyPI username may differ from your GitHub handle `maria-gh`.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Insert this as proof' })).toBeNull();
  });

  it('explains what PyPI does for an account without projects', async () => {
    const routes: Routes = { 'https://pypi.org/user/quiet-coder/': { body: fixture('profile-none.html') } };
    show(handle(done(await reportFor('quiet-coder', 'quiet-coder', routes))), '`quiet-coder`');
    expect(
      screen.getByText(/has no projects\. PyPI can reset accounts without projects after confirming the email/),
    ).toBeTruthy();
  });

  it('renders hostile names as text and links only https repositories', async () => {
    const report = await reportFor('maria-dev', 'maria-dev');
    const hostile: OwnershipReport = {
      ...report,
      results: [
        {
          ...report.results[0]!,
          project: '<img src=x onerror=alert(1)>',
          repo: { host: 'github', owner: 'x', repo: 'y', url: 'javascript:alert(1)' },
        },
      ],
    };
    show(handle(done(hostile)));
    expect(screen.getByRole('rowheader').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('words every verdict, and the proof to add for each kind of gap, from the messages', async () => {
    const base = await reportFor('maria-dev', 'maria-dev');
    const row = base.results[0]!;
    const verdicts = ['yours', 'organisation', 'github', 'other-host', 'no-repo', 'unchecked'] as const;
    const results = verdicts.map((verdict, i) => ({
      ...row,
      project: `p${i}`,
      verdict,
      repo: verdict === 'no-repo' || verdict === 'unchecked' ? null : row.repo,
    }));
    show(handle(done({ ...base, results, summary: { kind: 'some-unverifiable' } })));
    const cells = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.lastElementChild?.textContent ?? '');
    expect(cells).toHaveLength(6);
    for (const text of cells) expect(text).not.toMatch(/own_/);
    expect(cells[2]).toMatch(/sign in/);
    expect(cells[4]).toMatch(/No repository linked/);
    expect(cells[5]).toMatch(/Unchecked/);
    const advice = screen.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(advice).toHaveLength(5);
    for (const line of advice) expect(line).not.toMatch(/own_/);
    expect(advice[0]).toMatch(/^`p1`: the repositories belong to `maria-dev`/);
  });

  it('warns when the form now names another user than the one checked', async () => {
    show(handle(done(await reportFor('maria-dev', 'maria-dev'))), '`mario-dev`');
    expect(
      screen.getByText('These results are for `maria-dev`, but the form now says `mario-dev`. Check again.'),
    ).toBeTruthy();
  });
});

describe('when the look-up fails', () => {
  it.each<[string, LookupError, RegExp]>([
    ['offline', { kind: 'offline', message: 'x' }, /Could not reach pypi.org\. Check your internet connection/],
    ['timeout', { kind: 'timeout', message: 'x' }, /did not answer in time/],
    ['rate-limited', { kind: 'rate-limited', message: 'x', retryAfterSeconds: 30 }, /PyPI asked to wait 30 seconds/],
    ['rate-limited without a wait', { kind: 'rate-limited', message: 'x' }, /limiting requests right now/],
    ['server', { kind: 'server', message: 'x' }, /having trouble right now/],
    ['http', { kind: 'http', message: 'x' }, /answered in an unexpected way/],
    ['unrecognised-page', { kind: 'unrecognised-page', message: 'x' }, /did not look as expected/],
    ['invalid-username', { kind: 'invalid-username', message: 'x' }, /`maria-dev` is not a PyPI username/],
  ])('says clearly what went wrong: %s', (_, error, text) => {
    show(handle(failed(error)));
    expect(screen.getByRole('alert').textContent).toMatch(text);
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  });

  it('takes a cancel calmly, not as an alert', () => {
    show(handle(failed({ kind: 'cancelled', message: 'x' })));
    expect(screen.getByText('Look-up cancelled. Nothing more will be fetched.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
