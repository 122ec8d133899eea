/**
 * How time grows with input size, for the engine and the leak guard on huge hostile inputs. These are
 * figures for `npm run bench`, not test assertions: on a busy shared machine a wall-clock bound fails at
 * random, while the printed ratio still tells a linear step (~10x) from a quadratic one (~100x).
 */
import { parseBody } from '../../lib/engine/form/body';
import { buildReport } from '../../lib/engine/report';
import { findEmails } from '../../lib/engine/text/emails';
import { findSecrets } from '../../lib/engine/text/secrets';
import { EMAIL_SHAPES, HUGE_SHAPES, SECRET_SHAPES, bodyWithReason, repeatTo, requestWithReason } from './shapes';

export interface ScalingRow {
  what: string;
  shape: string;
  msPerMb: number;
  /** Time on ~1 MB over time on ~100 KB: about 10 when linear, about 100 when quadratic. */
  ratio: number;
}

/** The best of a few runs, in ms: on a shared 2-core machine one slow run says little. */
function bestTime(run: () => void, repeats: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Times `fn` on ~100 KB and ~1 MB of `unit` repeated. The small input is run five times in a row per
 * sample, so that a timer tick or a garbage collection does not decide the ratio on its own.
 */
function measure(what: string, shape: string, fn: (input: string) => unknown, unit: string): ScalingRow {
  const small = repeatTo(unit, 100_000);
  const large = repeatTo(unit, 1_000_000);
  // Warm the JIT, and the heap at both sizes, so that neither sample is charged for compilation or growth.
  fn(small);
  fn(large);
  const smallMs = Math.max(
    bestTime(() => {
      for (let i = 0; i < 5; i++) fn(small);
    }, 2) / 5,
    0.2,
  );
  const largeMs = bestTime(() => fn(large), 2);
  return { what, shape, msPerMb: largeMs / (large.length / 1_000_000), ratio: largeMs / smallMs };
}

export function benchScaling(): { rows: ScalingRow[]; slowest: ScalingRow } {
  const rows: ScalingRow[] = [];
  for (const [shape, unit] of Object.entries(HUGE_SHAPES)) {
    rows.push(measure('parseBody', shape, (reason) => parseBody(bodyWithReason(reason)), unit));
    rows.push(measure('buildReport', shape, (reason) => buildReport(requestWithReason(reason)), unit));
  }
  for (const [shape, unit] of Object.entries(SECRET_SHAPES))
    rows.push(measure('findSecrets', shape, findSecrets, unit));
  for (const [shape, unit] of Object.entries(EMAIL_SHAPES)) rows.push(measure('findEmails', shape, findEmails, unit));
  const slowest = rows.reduce((a, b) => (b.msPerMb > a.msPerMb ? b : a));
  return { rows, slowest };
}
