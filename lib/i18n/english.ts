import type { Text } from '../engine/checks';
import { inEnglish } from '../engine/words';

/**
 * The extension's own English messages, for the places that have no `browser.i18n`: the CLI and the
 * Action. The lookup itself lives with the engine (lib/engine/words.ts), which says everything in English
 * for the report.
 */
export const english: Text = inEnglish;
