import { launchChromiumDriver } from './driver/chromium';
import { journeysIn } from './driver/run-in';
import { JOURNEYS } from './journeys';

journeysIn('in Chromium', () => launchChromiumDriver(), JOURNEYS);
