import type { Report } from '../../lib/engine/form/schema';

export interface Labelled {
  id: string;
  expect: Record<string, string>;
  report: Report;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

function tally(rows: readonly Labelled[], id: string, flagged: (status: string) => boolean): Tally {
  const t: Tally = { tp: 0, fp: 0, fn: 0, misses: [] };
  for (const row of rows) {
    const want = row.expect[id];
    if (want === undefined) continue;
    const got = row.report.checks.find((c) => c.id === id)?.status ?? 'missing';
    const w = flagged(want);
    const g = flagged(got);
    if (w && g) t.tp++;
    else if (g) t.fp++;
    else if (w) t.fn++;
    if (want !== got) t.misses.push(`${row.id}: expected ${want}, got ${got}`);
  }
  return t;
}

/** Prints one line per check (and per check's fail-only view); returns the checks below the floors. */
export function scoreChecks(rows: readonly Labelled[], showMisses: boolean, only?: readonly string[]): string[] {
  const ids = only ?? [...new Set(rows.flatMap((r) => Object.keys(r.expect)))];
  const below: string[] = [];
  console.log('check                         flagged  precision  recall   exact');
  for (const id of ids) {
    const labels = new Set(rows.map((r) => r.expect[id]).filter((x) => x !== undefined));
    const views: Array<[string, (s: string) => boolean]> = [[id, (s) => s !== 'pass']];
    if (labels.has('warn') && labels.has('fail')) views.push([`${id} (fail)`, (s) => s === 'fail']);
    for (const [name, flagged] of views) {
      const t = tally(rows, id, flagged);
      const p = ratio(t.tp, t.tp + t.fp);
      const r = ratio(t.tp, t.tp + t.fn);
      const labelled = rows.filter((row) => row.expect[id] !== undefined).length;
      const exact = labelled - t.misses.length;
      console.log(
        `${name.padEnd(30)}${String(t.tp + t.fn).padStart(7)}  ${fmt(p).padStart(9)}  ${fmt(r).padStart(6)}  ${exact}/${labelled}`,
      );
      if (t.tp + t.fn > 0 && (p < 0.95 || r < 0.9)) below.push(name);
      if (showMisses && name === id) for (const m of t.misses) console.log(`    miss ${m}`);
    }
  }
  return below;
}

/** The badge's promise, measured: a request labelled ready (no check labelled fail) should come out `ready`. */
export interface Promise_ {
  ready: number;
  green: number;
  notReady: number;
  falseGreen: number;
  misses: string[];
}

export function promiseOf(rows: readonly Labelled[]): Promise_ {
  const p: Promise_ = { ready: 0, green: 0, notReady: 0, falseGreen: 0, misses: [] };
  for (const row of rows) {
    const labelledReady = Object.values(row.expect).every((s) => s !== 'fail');
    if (labelledReady) {
      p.ready++;
      if (row.report.ready) p.green++;
      else p.misses.push(`${row.id}: labelled ready, not green`);
    } else {
      p.notReady++;
      if (row.report.ready) {
        p.falseGreen++;
        p.misses.push(`${row.id}: labelled not ready, green`);
      }
    }
  }
  return p;
}

/** One line: green recall and false green, with the counts behind them. */
export function printPromise(rows: readonly Labelled[]): Promise_ {
  const p = promiseOf(rows);
  console.log(
    `green recall ${fmt(ratio(p.green, p.ready))} (${p.green}/${p.ready} ready requests turn green)   ` +
      `false green ${fmt(p.notReady === 0 ? 0 : p.falseGreen / p.notReady)} (${p.falseGreen}/${p.notReady} not-ready requests turn green)`,
  );
  return p;
}
