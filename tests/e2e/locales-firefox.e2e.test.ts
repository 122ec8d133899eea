import { launchFirefoxDriver } from './driver/firefox';
import { localeJourneysIn } from './locale-journey';

localeJourneysIn('Firefox', (language) => launchFirefoxDriver({ language }));
