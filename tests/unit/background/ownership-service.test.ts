import { describe, expect, it } from 'vitest';
import { createOwnershipService, type SessionStore } from '../../../lib/background/ownership-service';
import { requestFromSnapshot } from '../../../lib/background/tab-state';
import { OwnershipStateSchema, ownershipKey, tabKey, type OwnershipState, type Snapshot, type TabState } from '../../../lib/protocol/messages';
import { buildReport } from '../../../lib/engine/report';
import { fakePypi, threeProjectRoutes, type Routes } from '../../fixtures/pypi/fake-pypi';

const TAB = 5;

function memoryStore() {
  const data = new Map<string, unknown>();
  const history: OwnershipState[] = [];
  const store: SessionStore = {
    get: async (key) => structuredClone(data.get(key)),
    all: async () => Object.fromEntries(data),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
      if (key === ownershipKey(TAB)) history.push(OwnershipStateSchema.parse(value));
    },
    remove: async (key) => void data.delete(key),
  };
  return { data, store, history };
}

function formWith(username: string, login: string | null = 'maria-dev'): TabState {
  const snapshot: Snapshot = {
    url: 'https://github.com/pypi/support/issues/new',
    variant: 'react',
    username,
    reason: 'I lost my phone.',
    recoveryCodes: true,
    codeOfConduct: true,
    acknowledgement: true,
    githubLogin: login,
  };
  return { status: 'form', snapshot, report: buildReport(requestFromSnapshot(snapshot)), updatedAt: 1 };
}

function setup({ routes = threeProjectRoutes(), permission = true, username = '`maria-dev`', store = memoryStore() } = {}) {
  const pypi = fakePypi(routes as Routes, 1);
  store.data.set(tabKey(TAB), formWith(username));
  const service = createOwnershipService({ store: store.store, hasPermission: async () => permission, fetch: pypi.fetch, now: Date.now, cache: new Map() });
  return { pypi, service, ...store };
}

async function settled(data: Map<string, unknown>): Promise<OwnershipState> {
  for (let i = 0; i < 200; i++) {
    const state = OwnershipStateSchema.parse(data.get(ownershipKey(TAB)));
    if (state.status !== 'running') return state;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the look-up never finished');
}

describe('the background look-up for a tab', () => {
  it('asks pypi.org nothing when the permission is not granted', async () => {
    const { pypi, service, data } = setup({ permission: false });
    const reply = await service.start(TAB, false);
    expect(reply.started).toBe(false);
    expect(data.get(ownershipKey(TAB))).toMatchObject({ status: 'stopped', why: 'no-permission', username: 'maria-dev' });
    expect(pypi.calls).toEqual([]);
  });

  it('stores progress project by project, then the verdicts, all read from storage', async () => {
    const { pypi, service, data, history } = setup();
    expect((await service.start(TAB, false)).started).toBe(true);
    const done = await settled(data);
    const progress = history.flatMap((s) => (s.status === 'running' && s.progress ? [`${s.progress.done} of ${s.progress.total}`] : []));
    expect(progress).toEqual(['0 of 3', '1 of 3', '2 of 3', '3 of 3']);
    if (done.status !== 'done' || !done.outcome.ok) throw new Error('expected a report');
    expect(done.outcome.report.results.map((r) => r.verdict)).toEqual(['yours', 'organisation', 'other-host']);
    expect(done.outcome.report.login).toBe('maria-dev');
    expect(pypi.calls.every((url) => url.startsWith('https://pypi.org/'))).toBe(true);
  });

  it('takes the username the way it was typed, decoration and all', async () => {
    const { service, data } = setup({ username: ' @maria-dev ' });
    await service.start(TAB, false);
    expect(await settled(data)).toMatchObject({ status: 'done', username: 'maria-dev' });
  });

  it.each([
    ['empty', ''],
    ['an email address', 'maria@example.org'],
    ['two names', 'maria-dev, maria2'],
  ])('does not look anything up when the username field is %s', async (_, typed) => {
    const { pypi, service, data } = setup({ username: typed });
    await service.start(TAB, false);
    expect(data.get(ownershipKey(TAB))).toMatchObject({ status: 'stopped', why: 'no-username' });
    expect(pypi.calls).toEqual([]);
  });

  it('says there is no form when the tab has none', async () => {
    const { pypi, service, data } = setup();
    data.delete(tabKey(TAB));
    await service.start(TAB, false);
    expect(data.get(ownershipKey(TAB))).toMatchObject({ status: 'stopped', why: 'no-form' });
    expect(pypi.calls).toEqual([]);
  });

  it('cancels a look-up that pypi.org never answers', async () => {
    const routes: Routes = { 'https://pypi.org/user/maria-dev/': { fail: 'hang' } };
    const { service, data } = setup({ routes });
    await service.start(TAB, false);
    expect(data.get(ownershipKey(TAB))).toMatchObject({ status: 'running', progress: null });
    service.cancel(TAB);
    expect(await settled(data)).toMatchObject({ status: 'done', outcome: { ok: false, error: { kind: 'cancelled' } } });
  });

  it('answers again from the session cache after a worker restart, and asks again on refresh', async () => {
    const store = memoryStore();
    const first = setup({ store });
    await first.service.start(TAB, false);
    await settled(store.data);
    const calls = first.pypi.calls.length;
    const second = setup({ store });
    const reply = await second.service.start(TAB, false);
    expect(reply.state).toMatchObject({ status: 'done', outcome: { ok: true } });
    expect(second.pypi.calls).toEqual([]);
    await second.service.start(TAB, true);
    await settled(store.data);
    expect(second.pypi.calls).toHaveLength(calls);
  });

  it('reports a user pypi.org does not know, naming the GitHub login', async () => {
    const { service, data } = setup({ routes: {}, username: '`maria`' });
    await service.start(TAB, false);
    const done = await settled(data);
    expect(done).toMatchObject({ status: 'done', outcome: { ok: true, report: { summary: { kind: 'not-found' }, login: 'maria-dev' } } });
  });

  it('marks a run left behind by a stopped worker as interrupted', async () => {
    const { service, data } = setup();
    data.set(ownershipKey(TAB), { status: 'running', runId: 'old', username: 'maria-dev', progress: { done: 1, total: 3 }, startedAt: 1 });
    await service.sweep();
    expect(data.get(ownershipKey(TAB))).toEqual({ status: 'stopped', why: 'interrupted', username: 'maria-dev' });
  });

  it('forgets a closed tab, and its cancelled run writes nothing afterwards', async () => {
    const routes: Routes = { 'https://pypi.org/user/maria-dev/': { fail: 'hang' } };
    const { service, data } = setup({ routes });
    await service.start(TAB, false);
    await service.forget(TAB);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(data.has(ownershipKey(TAB))).toBe(false);
  });
});
