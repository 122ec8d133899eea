import { describe, expect, it } from 'vitest';
import { createOwnershipService, type SessionStore } from '../../../lib/background/ownership-service';
import { createTabQueue, type Enqueue } from '../../../lib/background/tab-queue';
import { requestFromSnapshot } from '../../../lib/background/tab-state';
import type { Snapshot } from '../../../lib/protocol/messages';
import { KEYS, OwnershipStateSchema, type OwnershipState, type TabState } from '../../../lib/protocol/storage';
import { buildReport } from '../../../lib/engine/report';
import { fakePypi, threeProjectRoutes, type Routes } from '../../fixtures/pypi/fake-pypi';

const TAB = 5;

function memoryStore() {
  const data = new Map<string, unknown>();
  const history: OwnershipState[] = [];
  let onFinal: Array<(state: OwnershipState) => void> = [];
  const store: SessionStore = {
    get: async (key) => structuredClone(data.get(key)),
    all: async () => Object.fromEntries(data),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
      if (key !== KEYS.ownership(TAB)) return;
      const state = OwnershipStateSchema.parse(value);
      history.push(state);
      if (state.status === 'running') return;
      for (const resolve of onFinal) resolve(state);
      onFinal = [];
    },
    remove: async (key) => void data.delete(key),
  };
  /** The tab's look-up once it is no longer running: at once if it has ended, else when it stores its end. */
  const settled = (): Promise<OwnershipState> => {
    const now = OwnershipStateSchema.safeParse(data.get(KEYS.ownership(TAB)));
    if (now.success && now.data.status !== 'running') return Promise.resolve(now.data);
    return new Promise((resolve) => onFinal.push(resolve));
  };
  return { data, store, history, settled };
}

/** The background's tab queue, counting what is queued, so a test can wait for a write to be attempted. */
function countingQueue() {
  const queue = createTabQueue();
  let count = 0;
  let waiters: Array<[number, () => void]> = [];
  const enqueue: Enqueue = (tabId, work) => {
    count++;
    for (const [n, resolve] of waiters) if (count >= n) resolve();
    waiters = waiters.filter(([n]) => count < n);
    return queue(tabId, work);
  };
  const afterQueued = (n: number) =>
    count >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push([n, resolve]));
  return { enqueue, count: () => count, afterQueued };
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

function setup({
  routes = threeProjectRoutes(),
  permission = true,
  username = '`maria-dev`',
  store = memoryStore(),
} = {}) {
  const pypi = fakePypi(routes as Routes, 1);
  store.data.set(KEYS.tabState(TAB), formWith(username));
  const queue = countingQueue();
  const service = createOwnershipService({
    store: store.store,
    enqueue: queue.enqueue,
    hasPermission: async () => permission,
    fetch: pypi.fetch,
    now: Date.now,
    cache: new Map(),
  });
  return { pypi, service, queue, ...store };
}

describe('the background look-up for a tab', () => {
  it('asks pypi.org nothing when the permission is not granted', async () => {
    const { pypi, service, data } = setup({ permission: false });
    const reply = await service.start(TAB, false);
    expect(reply.started).toBe(false);
    expect(data.get(KEYS.ownership(TAB))).toMatchObject({
      status: 'stopped',
      why: 'no-permission',
      username: 'maria-dev',
    });
    expect(pypi.calls).toEqual([]);
  });

  it('stores progress project by project, then the verdicts, all read from storage', async () => {
    const { pypi, service, history, settled } = setup();
    expect((await service.start(TAB, false)).started).toBe(true);
    const done = await settled();
    const progress = history.flatMap((s) =>
      s.status === 'running' && s.progress ? [`${s.progress.done} of ${s.progress.total}`] : [],
    );
    expect(progress).toEqual(['0 of 3', '1 of 3', '2 of 3', '3 of 3']);
    if (done.status !== 'done' || !done.outcome.ok) throw new Error('expected a report');
    expect(done.outcome.report.results.map((r) => r.verdict)).toEqual(['yours', 'organisation', 'other-host']);
    expect(done.outcome.report.login).toBe('maria-dev');
    expect(pypi.calls.every((url) => url.startsWith('https://pypi.org/'))).toBe(true);
  });

  it('takes the username the way it was typed, decoration and all', async () => {
    const { service, settled } = setup({ username: ' @maria-dev ' });
    await service.start(TAB, false);
    expect(await settled()).toMatchObject({ status: 'done', username: 'maria-dev' });
  });

  it.each([
    ['empty', ''],
    ['an email address', 'maria@example.org'],
    ['two names', 'maria-dev, maria2'],
  ])('does not look anything up when the username field is %s', async (_, typed) => {
    const { pypi, service, data } = setup({ username: typed });
    await service.start(TAB, false);
    expect(data.get(KEYS.ownership(TAB))).toMatchObject({ status: 'stopped', why: 'no-username' });
    expect(pypi.calls).toEqual([]);
  });

  it('says there is no form when the tab has none', async () => {
    const { pypi, service, data } = setup();
    data.delete(KEYS.tabState(TAB));
    await service.start(TAB, false);
    expect(data.get(KEYS.ownership(TAB))).toMatchObject({ status: 'stopped', why: 'no-form' });
    expect(pypi.calls).toEqual([]);
  });

  it('cancels a look-up that pypi.org never answers', async () => {
    const routes: Routes = { 'https://pypi.org/user/maria-dev/': { fail: 'hang' } };
    const { service, data, settled } = setup({ routes });
    await service.start(TAB, false);
    expect(data.get(KEYS.ownership(TAB))).toMatchObject({ status: 'running', progress: null });
    service.cancel(TAB);
    expect(await settled()).toMatchObject({ status: 'done', outcome: { ok: false, error: { kind: 'cancelled' } } });
  });

  it('answers again from the session cache after a worker restart, and asks again on refresh', async () => {
    const store = memoryStore();
    const first = setup({ store });
    await first.service.start(TAB, false);
    await store.settled();
    const calls = first.pypi.calls.length;
    const second = setup({ store });
    const reply = await second.service.start(TAB, false);
    expect(reply.state).toMatchObject({ status: 'done', outcome: { ok: true } });
    expect(second.pypi.calls).toEqual([]);
    await second.service.start(TAB, true);
    await store.settled();
    expect(second.pypi.calls).toHaveLength(calls);
  });

  it('reports a user pypi.org does not know, naming the GitHub login', async () => {
    const { service, settled } = setup({ routes: {}, username: '`maria`' });
    await service.start(TAB, false);
    const done = await settled();
    expect(done).toMatchObject({
      status: 'done',
      outcome: { ok: true, report: { summary: { kind: 'not-found' }, login: 'maria-dev' } },
    });
  });

  it('marks a run left behind by a stopped worker as interrupted', async () => {
    const { service, data } = setup();
    data.set(KEYS.ownership(TAB), {
      status: 'running',
      runId: 'old',
      username: 'maria-dev',
      progress: { done: 1, total: 3 },
      startedAt: 1,
    });
    await service.sweep();
    expect(data.get(KEYS.ownership(TAB))).toEqual({ status: 'stopped', why: 'interrupted', username: 'maria-dev' });
  });

  it('forgets a closed tab, and its cancelled run writes nothing afterwards', async () => {
    const routes: Routes = { 'https://pypi.org/user/maria-dev/': { fail: 'hang' } };
    const { service, data, queue } = setup({ routes });
    await service.start(TAB, false);
    const queued = queue.count();
    await service.forget(TAB);
    // The removal, then the cancelled run's last write: once both are queued and done, nothing more can come.
    await queue.afterQueued(queued + 2);
    await queue.enqueue(TAB, async () => undefined);
    expect(data.has(KEYS.ownership(TAB))).toBe(false);
  });
});
