import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefoxDriver } from './driver/firefox';
import type { Driver } from './driver/types';
import { JOURNEYS } from './journeys';

let d: Driver;
beforeAll(async () => {
  d = await launchFirefoxDriver();
});
afterAll(() => d?.close());

describe('in Firefox', () => {
  for (const journey of JOURNEYS) it(journey.name, () => journey.run(d));
});
