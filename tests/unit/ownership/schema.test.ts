import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { checkOwnership, type OwnershipOutcome } from '../../../lib/ownership/index';
import { OwnershipOutcomeSchema } from '../../../lib/ownership/schema';
import { fakePypi, threeProjectRoutes } from '../../fixtures/pypi/fake-pypi';

describe('the look-up outcome crossing from the background to the panel', () => {
  it('has the same shape in TypeScript and in the message schema', () => {
    expectTypeOf<OwnershipOutcome>().toEqualTypeOf<z.infer<typeof OwnershipOutcomeSchema>>();
  });

  it('survives the trip: a real outcome parses, a forged one with a script link is refused', async () => {
    const outcome = await checkOwnership('maria-dev', 'maria-dev', {
      fetch: fakePypi(threeProjectRoutes()).fetch,
      cache: new Map(),
    });
    const copy: unknown = JSON.parse(JSON.stringify(outcome));
    expect(OwnershipOutcomeSchema.parse(copy)).toEqual(outcome);
    const forged = structuredClone(copy) as { report: { results: Array<{ repo: { url: string } }> } };
    forged.report.results[0]!.repo.url = 'javascript:alert(1)';
    expect(OwnershipOutcomeSchema.safeParse(forged).success).toBe(false);
  });
});
