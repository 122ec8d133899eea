/**
 * The background side of the ownership pre-check, written against injected storage, permission check
 * and fetch so unit tests drive it without a browser. Every step lands in storage.session
 * (`ownership:<tabId>`): the MV3 worker can die at any moment, and the panel follows storage, not us.
 */
import { readUsername } from '../engine/text/username';
import { checkOwnership, type FetchLike, type LookupCache, type OwnershipOutcome } from '../ownership';
import { OwnershipOutcomeSchema } from '../ownership/schema';
import type { OwnershipStartReply } from '../protocol/replies';
import { KEYS, OwnershipStateSchema, TabStateSchema, tabIdOf, type OwnershipState } from '../protocol/storage';
import type { Enqueue } from './tab-queue';

export interface SessionStore {
  get(key: string): Promise<unknown>;
  all(): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface OwnershipDeps {
  store: SessionStore;
  /** The background's per-tab chain: a late progress write can never land after the result. */
  enqueue: Enqueue;
  /** Whether the optional https://pypi.org/* permission is granted now. */
  hasPermission(): Promise<boolean>;
  fetch: FetchLike;
  now(): number;
  /** In-memory answers by URL (lib/ownership's own session cache when left out). */
  cache?: LookupCache;
  timeoutMs?: number;
}

export function createOwnershipService(deps: OwnershipDeps) {
  /** The run each tab is on; writes from any other (older, cancelled) run are dropped. */
  const current = new Map<number, { runId: string; controller: AbortController }>();
  let counter = 0;

  function write(tabId: number, state: OwnershipState, stillCurrent: () => boolean): Promise<void> {
    return deps.enqueue(tabId, async () => {
      if (stillCurrent()) await deps.store.set(KEYS.ownership(tabId), state);
    });
  }

  /** The username and login the look-up is for, from what the background stored for the tab. */
  async function subject(tabId: number): Promise<{ username: string | null; login: string | null } | null> {
    const parsed = TabStateSchema.safeParse(await deps.store.get(KEYS.tabState(tabId)));
    if (!parsed.success || parsed.data.status !== 'form' || !parsed.data.report) return null;
    const reading = readUsername(parsed.data.report.fields.username);
    const username = reading.kind === 'exact' || reading.kind === 'decorated' ? reading.name : null;
    return { username, login: parsed.data.snapshot?.githubLogin ?? null };
  }

  async function cachedOutcome(username: string, login: string | null): Promise<OwnershipOutcome | null> {
    const parsed = OwnershipOutcomeSchema.safeParse(await deps.store.get(KEYS.ownershipCache(username, login)));
    return parsed.success && parsed.data.ok ? parsed.data : null;
  }

  async function start(tabId: number, refresh: boolean): Promise<OwnershipStartReply> {
    const runId = `${deps.now()}-${++counter}`;
    // Claim the tab first (synchronously): a newer click replaces an older run, never the reverse.
    current.get(tabId)?.controller.abort();
    const controller = new AbortController();
    current.set(tabId, { runId, controller });
    const mine = () => current.get(tabId)?.runId === runId;
    const finish = async (state: OwnershipState): Promise<OwnershipStartReply> => {
      await write(tabId, state, mine);
      if (mine()) current.delete(tabId);
      return { started: false, state };
    };

    const who = await subject(tabId);
    if (!who) return finish({ status: 'stopped', why: 'no-form', username: null });
    if (who.username === null) return finish({ status: 'stopped', why: 'no-username', username: null });
    const { username, login } = who;
    // The only gate before any request: without the optional host permission nothing is fetched.
    if (!(await deps.hasPermission())) return finish({ status: 'stopped', why: 'no-permission', username });
    if (!mine()) return { started: false, state: { status: 'stopped', why: 'interrupted', username } };
    if (!refresh) {
      const cached = await cachedOutcome(username, login);
      if (cached) return finish({ status: 'done', runId, username, outcome: cached, finishedAt: deps.now() });
    }

    const running: OwnershipState = { status: 'running', runId, username, progress: null, startedAt: deps.now() };
    await write(tabId, running, mine);
    void (async () => {
      const outcome = await checkOwnership(username, login, {
        fetch: deps.fetch,
        signal: controller.signal,
        cache: refresh ? new Map() : deps.cache,
        timeoutMs: deps.timeoutMs,
        onProgress: (progress) => void write(tabId, { ...running, progress }, mine),
      });
      // Partial answers (a project that timed out) are not kept: "Check again" should really ask again.
      const complete = outcome.ok && outcome.report.results.every((r) => r.verdict !== 'unchecked');
      if (complete) await deps.store.set(KEYS.ownershipCache(username, login), outcome).catch(() => undefined);
      await finish({ status: 'done', runId, username, outcome, finishedAt: deps.now() });
    })();
    return { started: true, state: running };
  }

  /** Cancel the tab's run: the look-up ends with a "cancelled" outcome, written like any other. */
  function cancel(tabId: number): void {
    current.get(tabId)?.controller.abort();
  }

  /** The tab closed: stop its run and forget its state. */
  async function forget(tabId: number): Promise<void> {
    cancel(tabId);
    current.delete(tabId);
    // Behind any write still queued for the tab, so nothing lands after the removal.
    await deps.enqueue(tabId, () => deps.store.remove(KEYS.ownership(tabId)));
  }

  /**
   * On worker start: a stored "running" state with no run behind it belongs to a worker that was
   * stopped midway. Say so, instead of leaving the panel's progress bar spinning forever.
   */
  async function sweep(): Promise<void> {
    const all = await deps.store.all();
    await Promise.all(
      Object.entries(all).map(([key, value]) => {
        const tabId = tabIdOf('ownership', key);
        const stored = OwnershipStateSchema.safeParse(value);
        if (tabId === null || !stored.success || stored.data.status !== 'running') return Promise.resolve();
        const state: OwnershipState = { status: 'stopped', why: 'interrupted', username: stored.data.username };
        return write(tabId, state, () => !current.has(tabId));
      }),
    );
  }

  return { start, cancel, forget, sweep };
}

export type OwnershipService = ReturnType<typeof createOwnershipService>;
