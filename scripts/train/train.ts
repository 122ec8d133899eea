/**
 * Trains the judge on every labelled set it may learn from (scripts/train/data.ts) and writes
 * lib/engine/judge/model.json. Deterministic: the same data and features give the same file, byte for byte
 * (tests/unit/engine/judge-model.test.ts retrains and compares). Weights too small to change a decision are
 * dropped and the rest rounded, so the file stays small in the background bundle.
 *
 *   npm run train
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CheckModel, JudgeModel } from '../../lib/engine/judge/model';
import { loadTraining, type Example } from './data';
import { MODELED, trainCheck } from './model-spec';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const MODEL_FILE = path.join(ROOT, 'lib/engine/judge/model.json');

/** Below this a weight moves no decision at the thresholds used; above it, 3 decimals are plenty. */
const SMALLEST = 0.01;

/** The judge trained on these requests, as the object the engine loads. */
export function buildModel(examples: readonly Example[]): JudgeModel {
  const digest = createHash('sha256');
  for (const e of examples)
    digest.update(`${e.id}\u0000${JSON.stringify(e.expect)}\u0000${e.clauses.map((c) => c.join(' ')).join('\n')}\n`);
  const model: JudgeModel = {
    trainedOn: `${examples.length} requests, ${digest.digest('hex').slice(0, 16)}`,
    checks: {},
  };
  for (const spec of MODELED) {
    const trained = trainCheck(spec, examples);
    const weights: Record<string, number> = {};
    for (const [f, w] of [...trained.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (Math.abs(w) >= SMALLEST) weights[f] = Math.round(w * 1000) / 1000;
    }
    const check: CheckModel = {
      bias: Math.round(trained.bias * 1000) / 1000,
      threshold: spec.threshold,
      evidenceFor: spec.evidenceFor,
      cue: spec.cue,
      weights,
    };
    model.checks[spec.id as keyof JudgeModel['checks']] = check;
  }
  return model;
}

/** model.json's text for these requests (every set the judge may learn from, by default). */
export function trainModel(examples: readonly Example[] = loadTraining()): string {
  return `${JSON.stringify(buildModel(examples), null, 1)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = trainModel();
  writeFileSync(MODEL_FILE, text);
  const parsed = JSON.parse(text) as JudgeModel;
  for (const [id, m] of Object.entries(parsed.checks)) console.log(`${id}: ${Object.keys(m!.weights).length} weights`);
  console.log(
    `${path.relative(ROOT, MODEL_FILE)}: ${(text.length / 1024).toFixed(0)} KiB, trained on ${parsed.trainedOn}`,
  );
}
