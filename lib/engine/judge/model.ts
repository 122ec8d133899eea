import type { CheckId } from '../form/schema';
import { readClauses, type ClauseReading } from './features';
import trained from './model.json';

/**
 * The judge: for the content checks it decides whether the reason says the thing (the clause most likely to
 * say it speaks for the request), from weights learned on labelled requests by scripts/train/train.ts.
 * Deterministic, and pure: the weights ship with the extension as data, nothing is fetched or learned at
 * run time. It runs in the background and the CLI, never in the content script.
 */

export interface CheckModel {
  bias: number;
  /** The flagged probability at or above which the check flags. */
  threshold: number;
  /** What a clause is evidence of: the check passing (it says the thing) or flagging (another ask). */
  evidenceFor: 'pass' | 'flag';
  /** The check's own hand-written cue family (the only cue feature it weighs): read lazily, it costs the most. */
  cue: string;
  weights: Record<string, number>;
}

export interface JudgeModel {
  /** Which features and data the weights were trained on, so a stale model is caught (tests/unit/engine). */
  trainedOn: string;
  checks: Partial<Record<CheckId, CheckModel>>;
}

export const MODEL: JudgeModel = trained as JudgeModel;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The model laid out for scoring: every check's weight of a feature in one vector, so each clause costs one
 * lookup per feature for all checks together. Built once per model.
 */
interface Table {
  ids: CheckId[];
  biases: Float64Array;
  weights: Map<string, Float64Array>;
  /** Per check, its cue feature and that feature's weight. */
  cues: Array<{ name: string; weight: number }>;
}

const tables = new WeakMap<JudgeModel, Table>();

function tableOf(model: JudgeModel): Table {
  const known = tables.get(model);
  if (known) return known;
  const ids = Object.keys(model.checks) as CheckId[];
  const table: Table = {
    ids,
    biases: new Float64Array(ids.map((id) => model.checks[id]!.bias)),
    weights: new Map(),
    cues: ids.map((id) => ({
      name: model.checks[id]!.cue,
      weight: model.checks[id]!.weights[model.checks[id]!.cue] ?? 0,
    })),
  };
  ids.forEach((id, k) => {
    for (const [f, w] of Object.entries(model.checks[id]!.weights)) {
      // The cue is read lazily, clause by clause, in bestEvidence.
      if (f.startsWith('cue:')) continue;
      const row = table.weights.get(f) ?? new Float64Array(ids.length);
      table.weights.set(f, row);
      row[k] = w;
    }
  });
  tables.set(model, table);
  return table;
}

/**
 * For each check of the model, the likeliest clause's probability of being its evidence. A check's cue is read
 * best-first and only while it can matter: a clause whose score without it, plus the most it could add, stays
 * under the best score found cannot be the best. The result is the same as reading every clause's cue.
 */
export function bestEvidence(model: JudgeModel, reading: ClauseReading): Map<CheckId, number> {
  const { ids, biases, weights, cues } = tableOf(model);
  const n = reading.base.length;
  // Scores without cues: one row per clause, one column per check.
  const z = reading.base.map((clause) => {
    const row = Float64Array.from(biases);
    for (const f of clause) {
      const w = weights.get(f);
      if (w) for (let k = 0; k < w.length; k++) row[k]! += w[k]!;
    }
    return row;
  });
  const result = new Map<CheckId, number>();
  ids.forEach((id, k) => {
    const cue = cues[k]!;
    let best = Number.NEGATIVE_INFINITY;
    if (cue.weight >= 0) {
      // The best clause without the cue is a floor; only clauses its cue could lift above it need reading.
      let floor = Number.NEGATIVE_INFINITY;
      for (let i = 0; i < n; i++) floor = Math.max(floor, z[i]![k]!);
      best = floor;
      for (let i = 0; i < n; i++) {
        if (z[i]![k]! + cue.weight > best && reading.cue(i, cue.name)) best = Math.max(best, z[i]![k]! + cue.weight);
      }
    } else {
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => z[b]![k]! - z[a]![k]!);
      for (const i of order) {
        if (z[i]![k]! <= best) break;
        best = Math.max(best, z[i]![k]! + (reading.cue(i, cue.name) ? cue.weight : 0));
      }
    }
    result.set(id, n === 0 ? 0 : sigmoid(best));
  });
  return result;
}

export interface Judgement {
  /** The probability that the check should flag this reason. */
  flagProbability: number;
  flags: boolean;
}

/** The judge's reading of one reason, computed once per report and shared by the rules that ask. */
export class Judge {
  private reading: ClauseReading | null = null;
  private evidence: Map<CheckId, number> | null = null;

  constructor(
    private readonly reason: string,
    private readonly model: JudgeModel = MODEL,
  ) {}

  /** The reason read clause by clause (rules may read its features too: computed once). */
  clauses(): ClauseReading {
    this.reading ??= readClauses(this.reason);
    return this.reading;
  }

  /** Whether the judge has a model for this check. */
  decides(id: CheckId): boolean {
    return this.model.checks[id] !== undefined;
  }

  /** Whether the check flags: the judge's decision where it has a model, else the hand-written rule's. */
  flags(id: CheckId, ruleFlags: () => boolean): boolean {
    return this.decides(id) ? this.judge(id).flags : ruleFlags();
  }

  judge(id: CheckId): Judgement {
    const m = this.model.checks[id];
    if (!m) throw new Error(`the judge has no model for ${id}`);
    this.evidence ??= bestEvidence(this.model, this.clauses());
    const evidence = this.evidence.get(id) ?? 0;
    const flagProbability = m.evidenceFor === 'pass' ? 1 - evidence : evidence;
    return { flagProbability, flags: flagProbability >= m.threshold };
  }
}
