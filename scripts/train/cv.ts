/**
 * Leave-one-set-out cross-validation of the engine as shipped: for each labelled set, the judge is trained
 * on all the other sets and the whole report is built for that one (buildReport with that model), as if
 * its writer were new. Prints per check precision and recall of "flagged", and per set the badge's promise
 * (green recall, false green), beside the same figures for the hand-written rules alone. A development
 * tool: designs are chosen on these figures, never on fit to the sets the judge learned from.
 *
 *   npx tsx scripts/train/cv.ts [--per-set] [--gaps]
 */
import { parseBody } from '../../lib/engine/form/body';
import type { Report } from '../../lib/engine/form/schema';
import type { JudgeModel } from '../../lib/engine/judge/model';
import { buildReport } from '../../lib/engine/report';
import { loadTraining } from './data';
import { buildModel } from './train';

const examples = loadTraining();
const sets = [...new Set(examples.map((e) => e.set))];
const RULES_ONLY: JudgeModel = { trainedOn: 'none', checks: {} };

const judged = new Map<string, Report>();
const byRules = new Map<string, Report>();
const models = new Map<string, JudgeModel>();
for (const held of sets) {
  const model = buildModel(examples.filter((e) => e.set !== held));
  models.set(held, model);
  for (const e of examples.filter((x) => x.set === held)) {
    const request = parseBody(e.body).request;
    judged.set(e.id, buildReport(request, { model }));
    byRules.set(e.id, buildReport(request, { model: RULES_ONLY }));
  }
}

const f3 = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));
const status = (r: Report, id: string) => r.checks.find((c) => c.id === id)?.status ?? 'pass';
const flagged = (s: string) => s !== 'pass';
const CHECKS = [
  'reason.lost_factor',
  'reason.circumstances',
  'reason.attempts',
  'reason.remaining_access',
  'reason.ownership_proof',
  'scope.recovery',
  'recovery_codes.consistent',
  'privacy.secrets',
  'language.english',
  'username.format',
];

function pr(ids: readonly string[], reports: Map<string, Report>, check: string): { p: number; r: number; n: number } {
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const id of ids) {
    const e = examples.find((x) => x.id === id)!;
    const want = e.expect[check];
    if (want === undefined) continue;
    const w = flagged(want);
    const g = flagged(status(reports.get(id)!, check));
    if (w && g) tp++;
    else if (g) fp++;
    else if (w) fn++;
  }
  return { p: tp / (tp + fp), r: tp / (tp + fn), n: tp + fn };
}

const all = examples.map((e) => e.id);
console.log('check                       flagged  judged P / R     rules P / R');
for (const check of CHECKS) {
  const j = pr(all, judged, check);
  const r = pr(all, byRules, check);
  console.log(`${check.padEnd(27)} ${String(j.n).padStart(6)}  ${f3(j.p)} / ${f3(j.r)}   ${f3(r.p)} / ${f3(r.r)}`);
}

console.log('\nset        ready  green recall   false green     rules: green / false');
for (const held of sets) {
  const rows = examples.filter((e) => e.set === held);
  let ready = 0,
    green = 0,
    notReady = 0,
    falseGreen = 0,
    rGreen = 0,
    rFalse = 0;
  for (const e of rows) {
    const labelledReady = Object.values(e.expect).every((s) => s !== 'fail');
    const j = judged.get(e.id)!.ready;
    const r = byRules.get(e.id)!.ready;
    if (labelledReady) {
      ready++;
      if (j) green++;
      if (r) rGreen++;
    } else {
      notReady++;
      if (j) falseGreen++;
      if (r) rFalse++;
    }
  }
  console.log(
    `${held.padEnd(10)} ${String(ready).padStart(5)}  ${f3(green / ready)} (${String(green).padStart(2)})  ${f3(falseGreen / notReady)} (${String(falseGreen).padStart(2)})    ${rGreen}/${ready}, ${rFalse}/${notReady}`,
  );
}

if (process.argv.includes('--per-set')) {
  console.log('\nper set, per check (judged): P/R(flagged)');
  for (const held of sets) {
    const ids = examples.filter((e) => e.set === held).map((e) => e.id);
    console.log(
      `${held.padEnd(10)} ${CHECKS.slice(0, 7)
        .map((c) => {
          const x = pr(ids, judged, c);
          return `${f3(x.p)}/${f3(x.r)}(${x.n})`.padEnd(20);
        })
        .join('')}`,
    );
  }
  console.log(
    `           ${CHECKS.slice(0, 7)
      .map((c) => c.split('.')[1]!.slice(0, 18).padEnd(20))
      .join('')}`,
  );
}

if (process.argv.includes('--gaps')) {
  console.log('\nfalse greens, by the check labelled fail:');
  const byCheck = new Map<string, string[]>();
  for (const e of examples) {
    if (Object.values(e.expect).every((s) => s !== 'fail') || !judged.get(e.id)!.ready) continue;
    for (const [id, s] of Object.entries(e.expect))
      if (s === 'fail') byCheck.set(id, [...(byCheck.get(id) ?? []), e.id]);
  }
  for (const [id, ids] of byCheck) console.log(`  ${id}: ${ids.length}  ${ids.join(' ')}`);
  console.log('ready but not green, by the check that failed:');
  const missed = new Map<string, string[]>();
  for (const e of examples) {
    if (!Object.values(e.expect).every((s) => s !== 'fail') || judged.get(e.id)!.ready) continue;
    for (const c of judged.get(e.id)!.checks)
      if (c.status === 'fail') missed.set(c.id, [...(missed.get(c.id) ?? []), e.id]);
  }
  for (const [id, ids] of missed) console.log(`  ${id}: ${ids.length}  ${ids.join(' ')}`);
}

const sweep = process.argv.includes('--sweep') ? process.argv[process.argv.indexOf('--sweep') + 1]! : undefined;
if (sweep) {
  console.log(`\nthreshold sweep for ${sweep}: real (dev+dev2) green / false, written green / false, check P / R`);
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
    const reports = new Map<string, Report>();
    for (const held of sets) {
      const base = models.get(held)!;
      const check = base.checks[sweep as keyof JudgeModel['checks']];
      if (!check) continue;
      const model: JudgeModel = { ...base, checks: { ...base.checks, [sweep]: { ...check, threshold: t } } };
      for (const e of examples.filter((x) => x.set === held))
        reports.set(e.id, buildReport(parseBody(e.body).request, { model }));
    }
    const tally = (ids: string[]) => {
      let ready = 0,
        green = 0,
        notReady = 0,
        falseGreen = 0;
      for (const id of ids) {
        const e = examples.find((x) => x.id === id)!;
        const lr = Object.values(e.expect).every((s) => s !== 'fail');
        const r = reports.get(id)!.ready;
        if (lr) {
          ready++;
          if (r) green++;
        } else {
          notReady++;
          if (r) falseGreen++;
        }
      }
      return `${green}/${ready} ${falseGreen}/${notReady}`;
    };
    const real = examples.filter((e) => e.set.startsWith('dev')).map((e) => e.id);
    const written = examples.filter((e) => !e.set.startsWith('dev')).map((e) => e.id);
    const x = pr(all, reports, sweep);
    console.log(
      `  ${t.toFixed(1)}   real ${tally(real).padEnd(14)} written ${tally(written).padEnd(14)} ${f3(x.p)} / ${f3(x.r)}`,
    );
  }
}
