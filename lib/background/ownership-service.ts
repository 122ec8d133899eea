/**
 * The background side of the ownership pre-check, written against injected storage, permission check
 * and fetch so unit tests drive it without a browser. Every step lands in storage.session
 * (`ownership:<tabId>`): the MV3 worker can die at any moment, and the panel follows storage, not us.
 */
import { checkOwnership, type FetchLike, type LookupCache, type OwnershipOutcome } from '@/lib/ownership';
import { OwnershipOutcomeSchema } from '@/lib/ownership/schema';
import { ownershipKey, TabStateSchema, tabKey, type OwnershipState } from '@/lib/protocol/messages';
import { readUsername } from '@/lib/engine/text/username';

export interface SessionStore {
  get(key: string): Promise<unknown>;
  all(): Promise<Record<string, unknown>>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface OwnershipDeps {
  store: SessionStore;
  /** Whether the optional https://pypi.org/* permission is granted now. */
  hasPermission(): Promise<boolean>;
  fetch: FetchLike;
  now(): number;
  /** In-memory answers by URL (lib/ownership's own session cache when left out). */
  cache?: LookupCache;
  timeoutMs?: number;
}

export type StartReply = { started: boolean; state: OwnershipState };

/** Finished reports kept for the browser session, so a restarted worker does not ask pypi.org again. */
const cacheKey = (username: string, login: string | null) => `ownership-cache:${username.toLowerCase()}|${login ?? ''}`;

export function createOwnershipService(deps: OwnershipDeps) {
  /** The run each tab is on; writes from any other (older, cancelled) run are dropped. */
  const current = new Map<number, { runId: string; controller: AbortController }>();
  // One write chain per tab, so a late progress write can never land after the result.
  const chains = new Map<number, Promise<void>>();
  let counter = 0;

  function write(tabId: number, state: OwnershipState, stillCurrent: () => boolean): Promise<void> {
    const next = (chains.get(tabId) ?? Promise.resolve())
      .then(() => (stillCurrent() ? deps.store.set(ownershipKey(tabId), state) : undefined))
      .catch((error: unknown) => console.warn('PyPI Recovery Assistant: could not store the look-up state', error));
    chains.set(tabId, next);
    return next;
  }

  /** The username and login the look-up is for, from what the background stored for the tab. */
  async function subject(tabId: number): Promise<{ username: string | null; login: string | null } | null> {
    const parsed = TabStateSchema.safeParse(await deps.store.get(tabKey(tabId)));
    if (!parsed.success || parsed.data.status !== 'form' || !parsed.data.report) return null;
    const reading = readUsername(parsed.data.report.fields.username);
    const username = reading.kind === 'exact' || reading.kind === 'decorated' ? reading.name : null;
    return { username, login: parsed.data.snapshot?.githubLogin ?? null };
  }

  async function cachedOutcome(username: string, login: string | null): Promise<OwnershipOutcome | null> {
    const parsed = OwnershipOutcomeSchema.safeParse(await deps.store.get(cacheKey(username, login)));
    return parsed.success && parsed.data.ok ? parsed.data : null;
  }

  async function start(tabId: number, refresh: boolean): Promise<StartReply> {
    const runId = `${deps.now()}-${++counter}`;
    // Claim the tab first (synchronously): a newer click replaces an older run, never the reverse.
    current.get(tabId)?.controller.abort();
    const controller = new AbortController();
    current.set(tabId, { runId, controller });
    const mine = () => current.get(tabId)?.runId === runId;
    const finish = async (state: OwnershipState): Promise<StartReply> => {
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
      if (complete) await deps.store.set(cacheKey(username, login), outcome).catch(() => undefined);
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
    await (chains.get(tabId) ?? Promise.resolve());
    chains.delete(tabId);
    await deps.store.remove(ownershipKey(tabId)).catch(() => undefined);
  }

  /**
   * On worker start: a stored "running" state with no run behind it belongs to a worker that was
   * stopped midway. Say so, instead of leaving the panel's progress bar spinning forever.
   */
  async function sweep(): Promise<void> {
    const all = await deps.store.all();
    const stale = Object.entries(all).filter(
      ([key, value]) => key.startsWith('ownership:') && (value as { status?: unknown } | null)?.status === 'running',
    );
    await Promise.all(
      stale.map(([key, value]) => {
        const tabId = Number(key.slice('ownership:'.length));
        const username = (value as { username?: unknown }).username;
        const state: OwnershipState = { status: 'stopped', why: 'interrupted', username: typeof username === 'string' ? username.slice(0, 300) : null };
        return Number.isSafeInteger(tabId) ? write(tabId, state, () => !current.has(tabId)) : Promise.resolve();
      }),
    );
  }

  return { start, cancel, forget, sweep };
}

export type OwnershipService = ReturnType<typeof createOwnershipService>;
