import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import type { Driver } from './types';

/**
 * The shared journeys in one browser: one test per journey. A file per browser calls this, so the browsers
 * run one after the other (vitest runs browser files one at a time) and each file names its browser.
 */
export function journeysIn(
  title: string,
  launch: () => Promise<Driver>,
  journeys: ReadonlyArray<{ name: string; run(d: Driver): Promise<void> }>,
): void {
  let d: Driver;
  beforeAll(async () => {
    d = await launch();
  });
  afterAll(() => d?.close());
  describe(title, () => {
    for (const journey of journeys) it(journey.name, () => journey.run(d));
  });
}

/** The same test in a fresh browser per case (each case needs its own launch settings, such as a language). */
export function eachFreshIn<C extends { tag: string }>(
  title: string,
  launch: (c: C) => Promise<Driver>,
  cases: readonly C[],
  name: (c: C) => string,
  run: (d: Driver, c: C) => Promise<void>,
): void {
  let d: Driver | undefined;
  afterEach(async () => {
    await d?.close();
    d = undefined;
  });
  describe(title, () => {
    for (const c of cases)
      it(name(c), async () => {
        d = await launch(c);
        await run(d, c);
      });
  });
}
