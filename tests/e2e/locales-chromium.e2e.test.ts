/**
 * Each locale in Chromium: the shared journey (the panel speaks it, fits, inserts English), then the same
 * panel checked for assistive technology. One browser per locale serves both, since the language is a
 * launch setting and a launch is the slow part.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumDriverOn } from './driver/chromium';
import type { Driver } from './driver/types';
import { type Harness, launch } from './harness';
import { PICTURED, panelIsAccessible } from './locale-a11y';
import { LOCALES, panelSpeaks } from './locale-journey';

describe('the panel in the browser language, Chromium', () => {
  for (const locale of LOCALES)
    describe(locale.tag, () => {
      let h: Harness;
      let d: Driver;
      beforeAll(async () => {
        h = await launch({ language: locale.tag });
        d = chromiumDriverOn(h);
      });
      afterAll(() => h?.close());
      it('speaks it, fits at the narrowest width, and inserts English', () => panelSpeaks(d, locale));
      it(`no axe violations, no bare message keys${PICTURED.has(locale.tag) ? ', pictured' : ''}`, () =>
        panelIsAccessible(h, locale));
    });
});
