import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../lib/form/body';
import { buildReport } from '../../lib/report';
import { FUZZ_SEED, engineScaling, hostileText, isLinear } from './fuzz-support';

/**
 * Time must grow linearly with the input: a 1 MB reason (a paste gone wrong, a log file) may take longer
 * than a short one, but never hang the side panel. 10x the input may cost ~10x the time; the bound of 20x
 * leaves room for a busy shared machine, while a quadratic step (100x) fails at once (see isLinear).
 */

describe('the engine on 1 MB inputs', () => {
  it('parses and judges 1 MB reasons of every shape in time that grows linearly', () => {
    const figures = engineScaling(parseBody, buildReport);
    for (const f of figures) console.log(`${f.what}, ${f.shape}: ${f.msPerMb.toFixed(0)} ms per MB, 10x input took ${f.ratio.toFixed(1)}x`);
    const worst = figures.reduce((a, b) => (b.msPerMb > a.msPerMb ? b : a));
    console.log(`slowest case per MB: ${worst.what} on "${worst.shape}", ${worst.msPerMb.toFixed(0)} ms`);
    for (const f of figures) {
      expect(isLinear(f), `${f.what} on ${f.shape}: ${f.ratio.toFixed(1)}x`).toBe(true);
      expect(f.msPerMb, `${f.what} on ${f.shape}`).toBeLessThan(5000);
    }
  }, 60_000);

  it('never throws on a 1 MB reason made of random hostile pieces, and keeps all of it', () => {
    let runs = 0;
    fc.assert(
      fc.property(hostileText(40).filter((s) => s.length > 0), (piece) => {
        runs++;
        const reason = piece.repeat(Math.ceil(1_000_000 / piece.length));
        const t0 = performance.now();
        const report = buildReport({ username: '`someone`', reason, recoveryCodes: true, codeOfConduct: true, acknowledgement: true });
        const ms = performance.now() - t0;
        expect(report.fields.reason).toBe(reason);
        expect(ms).toBeLessThan(5000 * (reason.length / 1_000_000));
      }),
      { numRuns: 4, seed: FUZZ_SEED },
    );
    console.log(`fuzz-scaling: ${runs} random 1 MB reasons`);
  }, 60_000);
});
