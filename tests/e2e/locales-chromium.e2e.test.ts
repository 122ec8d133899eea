import { launchChromiumDriver } from './driver/chromium';
import { eachFreshIn } from './driver/run-in';
import { LOCALES, panelSpeaks } from './locale-journey';

eachFreshIn(
  'the panel in the browser language, Chromium',
  (locale) => launchChromiumDriver({ language: locale.tag }),
  LOCALES,
  (locale) => `${locale.tag}: speaks it, fits at the narrowest width, and inserts English`,
  panelSpeaks,
);
