import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromiumDriver } from './driver/chromium';
import type { Driver } from './driver/types';
import { JOURNEYS } from './journeys';

let d: Driver;
beforeAll(async () => {
  d = await launchChromiumDriver();
});
afterAll(() => d?.close());

describe('in Chromium', () => {
  for (const journey of JOURNEYS) it(journey.name, () => journey.run(d));
});
