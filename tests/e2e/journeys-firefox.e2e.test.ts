import { launchFirefoxDriver } from './driver/firefox';
import { journeysIn } from './driver/run-in';
import { JOURNEYS } from './journeys';

journeysIn('in Firefox', () => launchFirefoxDriver(), JOURNEYS);
