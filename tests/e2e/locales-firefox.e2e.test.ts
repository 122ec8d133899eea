import { afterEach, describe, it } from 'vitest';
import { launchFirefoxDriver } from './driver/firefox';
import type { Driver } from './driver/types';
import { LOCALES, panelSpeaks } from './locale-journey';

let d: Driver | undefined;
afterEach(async () => {
  await d?.close();
  d = undefined;
});

describe('the panel in the browser language, Firefox', () => {
  for (const locale of LOCALES)
    it(`${locale.tag}: speaks it, fits at the narrowest width, and inserts English`, async () => {
      d = await launchFirefoxDriver({ language: locale.tag });
      await panelSpeaks(d, locale);
    });
});
