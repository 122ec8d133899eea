import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ClauseReading, readClauses } from '../../../../lib/engine/judge/features';
import { bestEvidence, type JudgeModel } from '../../../../lib/engine/judge/model';
import { MODEL_FILE, trainModel } from '../../../../scripts/train/train';

describe('the shipped model', () => {
  it('is exactly what training on the labelled sets gives (run npm run train after changing features or data)', () => {
    const shipped = readFileSync(MODEL_FILE, 'utf8');
    expect(trainModel() === shipped).toBe(true);
  }, 60_000);

  it('lives in the engine folder and weighs concepts, never the words of a request', () => {
    expect(path.relative(path.resolve(__dirname, '../../../..'), MODEL_FILE)).toBe('lib/engine/judge/model.json');
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as JudgeModel;
    for (const check of Object.values(model.checks)) {
      expect(Object.keys(check!.weights).every((f) => /^(?:c|p|n|l|s|t|x|a|cue):/.test(f))).toBe(true);
    }
  });
});

/** A model and clauses from numbers, so the search can be held against reading everything. */
function setup(bias: number, weights: Record<string, number>, cueWeight: number) {
  const model: JudgeModel = {
    trainedOn: 'test',
    checks: {
      'reason.circumstances': {
        bias,
        threshold: 0.5,
        evidenceFor: 'pass',
        cue: 'cue:circumstances',
        weights: { ...weights, 'cue:circumstances': cueWeight },
      },
    },
  };
  return model;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('reading cues only where they can matter', () => {
  it("gives the same evidence as reading every clause's cue", () => {
    const feature = fc.constantFrom('c:event', 'c:month', 'c:phone', 'p:event+phone', 'n:phone');
    fc.assert(
      fc.property(
        fc.double({ min: -4, max: 1, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.array(fc.tuple(fc.uniqueArray(feature, { maxLength: 4 }), fc.boolean()), { maxLength: 12 }),
        fc.dictionary(feature, fc.double({ min: -2, max: 2, noNaN: true })),
        (bias, cueWeight, clauses, weights) => {
          const model = setup(bias, weights, cueWeight);
          let reads = 0;
          const reading: ClauseReading = {
            base: clauses.map(([f]) => f),
            cue: (i) => {
              reads++;
              return clauses[i]![1];
            },
          };
          const got = bestEvidence(model, reading).get('reason.circumstances')!;
          const scores = clauses.map(
            ([f, cue]) => bias + f.reduce((s, x) => s + (weights[x] ?? 0), 0) + (cue ? cueWeight : 0),
          );
          const want = clauses.length === 0 ? 0 : sigmoid(Math.max(...scores));
          expect(got).toBeCloseTo(want, 12);
          expect(reads).toBeLessThanOrEqual(clauses.length);
        },
      ),
      { seed: Number(process.env.FUZZ_SEED ?? 20261130), numRuns: 300 },
    );
  });
});

describe('where the circumstance cues are read', () => {
  it('not in an item under "Tried:", where the same words tell an attempt', () => {
    const story = 'My phone was replaced by the shop in June.';
    const reading = readClauses(`${story}\nTried:\n- my phone was replaced by the shop in June`);
    expect(reading.cue(0, 'cue:circumstances')).toBe(true);
    expect(reading.cue(2, 'cue:circumstances')).toBe(false);
    // Nor in a clause that says it tried or checked something.
    expect(readClauses('I checked whether my phone had been replaced with a backup.').cue(0, 'cue:circumstances')).toBe(
      false,
    );
    // Nor in one that asks for something.
    expect(
      readClauses('Could you please reset the 2FA so I can register a new phone?').cue(0, 'cue:circumstances'),
    ).toBe(false);
    // Other cue families still read it.
    expect(readClauses('What I tried:\n- I tried the password reset twice').cue(1, 'cue:attempts')).toBe(true);
  });
});

describe('what the judge sees of a clause', () => {
  const featuresOf = (text: string) => readClauses(text).base.flat();

  it('tells a kept thing that is no way in from kept access', () => {
    expect(featuresOf('Still have: the police report and the shop receipt.')).toContain('x:held-no-access');
    expect(featuresOf('Still have: the password and the mailbox on the account.')).not.toContain('x:held-no-access');
    expect(featuresOf('I still control the repository.')).not.toContain('x:held-no-access');
  });

  it('reads an event in a clause that tells an attempt as something done, not as how the loss happened', () => {
    const done = featuresOf('I tried restoring the app after installing it on a new phone.');
    expect(done).toContain('t:event');
    expect(done).not.toContain('c:event');
    expect(featuresOf('My phone was stolen on a bus.')).toContain('c:event');
  });

  it('marks a question, which states nothing', () => {
    expect(featuresOf('What do you still have?')).toContain('s:question');
    expect(featuresOf('I still have the password.')).not.toContain('s:question');
  });
});
