import { afterEach, describe, it } from 'vitest';
import { launchChromiumDriver } from './driver/chromium';
import type { Driver } from './driver/types';
import { LOCALES, panelSpeaks } from './locale-journey';

let d: Driver | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

describe('the panel in the browser language, Chromium', () => {
  for (const locale of LOCALES)
    it(`${locale.tag}: speaks it, fits at the narrowest width, and inserts English`, async () => {
      d = await launchChromiumDriver({ language: locale.tag });
      await panelSpeaks(d, locale);
    });
});
