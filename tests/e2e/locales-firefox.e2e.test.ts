import { launchFirefoxDriver } from './driver/firefox';
import { eachFreshIn } from './driver/run-in';
import { LOCALES, panelSpeaks } from './locale-journey';

eachFreshIn(
  'the panel in the browser language, Firefox',
  (locale) => launchFirefoxDriver({ language: locale.tag }),
  LOCALES,
  (locale) => `${locale.tag}: speaks it, fits at the narrowest width, and inserts English`,
  panelSpeaks,
);
