/**
 * One GET against pypi.org through an injected `fetch`: a timeout per request, cancellation, and
 * PyPI's rate limit honoured (wait once if the wait is short, otherwise stop and say so). Failures that
 * end the whole look-up are thrown as `LookupFailure` with a sentence the panel can show as is.
 */

export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export interface RequestInitLike {
  signal: AbortSignal;
  headers: Record<string, string>;
  credentials: 'omit';
}

/** `globalThis.fetch` fits; tests pass a fake. */
export type FetchLike = (url: string, init: RequestInitLike) => Promise<ResponseLike>;

export type LookupErrorKind =
  | 'invalid-username'
  | 'offline'
  | 'timeout'
  | 'rate-limited'
  | 'server'
  | 'http'
  | 'unrecognised-page'
  | 'cancelled';

export interface LookupError {
  kind: LookupErrorKind;
  message: string;
  /** For `rate-limited`: the wait PyPI asked for, when it said. */
  retryAfterSeconds?: number;
}

export class LookupFailure extends Error {
  constructor(readonly info: LookupError) {
    super(info.message);
  }
}

export interface HttpContext {
  fetch: FetchLike;
  /** Aborted when the user cancels or when another request already ended the look-up. */
  signal: AbortSignal;
  timeoutMs: number;
  /** The longest Retry-After we wait out (once) instead of stopping. */
  maxRetryWaitMs: number;
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  now: () => number;
  /** Shared by all requests of one look-up: after a 429 nobody starts a request before this time. */
  gate: { until: number };
}

export const cancelled = (): LookupFailure =>
  new LookupFailure({ kind: 'cancelled', message: 'The look-up was cancelled.' });
const MAX_BODY = 20_000_000;

export function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(cancelled());
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelled());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d{1,9}$/.test(value)) return Number(value);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Settle with `promise`, or reject as soon as `signal` aborts (for fetch-likes that ignore signals). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function attempt(
  url: string,
  accept: string,
  ctx: HttpContext,
): Promise<{ status: number; text: string; retryAfter: string | null }> {
  if (ctx.signal.aborted) throw cancelled();
  const controller = new AbortController();
  let timedOut = false;
  const onOuterAbort = () => controller.abort(cancelled());
  ctx.signal.addEventListener('abort', onOuterAbort, { once: true });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error('timeout'));
  }, ctx.timeoutMs);
  try {
    const init: RequestInitLike = { signal: controller.signal, headers: { Accept: accept }, credentials: 'omit' };
    const response = await raceAbort(ctx.fetch(url, init), controller.signal);
    const text = response.status === 429 ? '' : await raceAbort(response.text(), controller.signal);
    if (text.length > MAX_BODY)
      throw new LookupFailure({ kind: 'http', message: 'pypi.org sent an unexpectedly large answer.' });
    return { status: response.status, text, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    if (error instanceof LookupFailure) throw error;
    if (ctx.signal.aborted) throw cancelled();
    if (timedOut) {
      throw new LookupFailure({
        kind: 'timeout',
        message: `pypi.org did not answer within ${Math.round(ctx.timeoutMs / 1000)} seconds. Try again later.`,
      });
    }
    // fetch rejects with a TypeError when there is no network (or the host permission is missing).
    throw new LookupFailure({
      kind: 'offline',
      message:
        'Could not reach pypi.org. Check your internet connection (and that the extension may access pypi.org), then try again.',
    });
  } finally {
    clearTimeout(timer);
    ctx.signal.removeEventListener('abort', onOuterAbort);
  }
}

/**
 * GET `url` and return its status and body. A 429 is waited out at most once, only when PyPI names a
 * wait no longer than `maxRetryWaitMs`; otherwise the whole look-up stops (no hammering).
 */
export async function getText(
  url: string,
  accept: string,
  ctx: HttpContext,
): Promise<{ status: number; text: string }> {
  for (let round = 0; ; round++) {
    const wait = ctx.gate.until - ctx.now();
    if (wait > 0) await ctx.sleep(wait, ctx.signal);
    const result = await attempt(url, accept, ctx);
    if (result.status !== 429) return result;
    const seconds = retryAfterSeconds(result.retryAfter, ctx.now());
    if (seconds !== null && round === 0 && seconds * 1000 <= ctx.maxRetryWaitMs) {
      ctx.gate.until = Math.max(ctx.gate.until, ctx.now() + seconds * 1000);
      continue;
    }
    throw new LookupFailure(
      seconds === null
        ? { kind: 'rate-limited', message: 'PyPI is limiting requests right now. Wait a minute, then try again.' }
        : {
            kind: 'rate-limited',
            message: `PyPI asked us to wait ${seconds} seconds. Try again after that.`,
            retryAfterSeconds: seconds,
          },
    );
  }
}

export function serverFailure(status: number): LookupFailure {
  if (status >= 500) {
    return new LookupFailure({
      kind: 'server',
      message: `pypi.org is having trouble (HTTP ${status}). Try again in a few minutes.`,
    });
  }
  return new LookupFailure({ kind: 'http', message: `pypi.org answered with an unexpected status (HTTP ${status}).` });
}
