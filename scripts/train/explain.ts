/**
 * Why the judge decides as it does on one request: trained without that request's set, it prints the
 * clauses it weighs most as evidence for a check, with the features that weigh most in each.
 *
 *   npx tsx scripts/train/explain.ts <check.id> <request id> [...]
 */
import { clausesOf } from '../../lib/engine/judge/tokens';
import { parseBody } from '../../lib/engine/form/body';
import { loadTraining } from './data';
import { MODELED, trainCheck } from './model-spec';

const [check, ...ids] = process.argv.slice(2);
const spec = MODELED.find((m) => m.id === check)!;
const examples = loadTraining();
const cache = new Map<string, ReturnType<typeof trainCheck>>();
for (const id of ids) {
  const e = examples.find((x) => x.id === id)!;
  const model =
    cache.get(e.set) ??
    trainCheck(
      spec,
      examples.filter((x) => x.set !== e.set),
    );
  cache.set(e.set, model);
  const texts = clausesOf(parseBody(e.body).request.reason).map((c) => c.text);
  const scored = e.clauses.map((c, i) => {
    const contributions = c.map((f) => [f, model.weights.get(f) ?? 0] as const).filter(([, w]) => w !== 0);
    const z = model.bias + contributions.reduce((s, [, w]) => s + w, 0);
    return { i, p: 1 / (1 + Math.exp(-z)), top: contributions.sort((a, b) => b[1] - a[1]).slice(0, 6) };
  });
  console.log(`\n== ${id} (${e.set}) label ${e.expect[check!]}; bias ${model.bias.toFixed(2)}`);
  for (const s of scored.sort((a, b) => b.p - a.p).slice(0, 3)) {
    console.log(`  p=${s.p.toFixed(3)}  "${texts[s.i]?.slice(0, 110)}"`);
    console.log(`      ${s.top.map(([f, w]) => `${f} ${w.toFixed(2)}`).join(', ')}`);
  }
}
