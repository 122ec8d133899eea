import { launchChromiumDriver } from './driver/chromium';
import { localeJourneysIn } from './locale-journey';

localeJourneysIn('Chromium', (language) => launchChromiumDriver({ language }));
