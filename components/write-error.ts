import type { WriteErrorCode, WriteResult } from '../lib/messages';
import { t } from './i18n';

/** Message key of a write failure's code: `nothing-to-undo` → `polish_write_error_nothing_to_undo`. */
export const writeErrorKey = (code: WriteErrorCode): string => `polish_write_error_${code.replace(/-/g, '_')}`;

/**
 * What the panel says when a write did not work: the code in the user's language; else the page
 * script's English sentence (an older script sends no code); else a general sentence.
 */
export function writeErrorText(result: WriteResult): string {
  if (result.code) {
    const key = writeErrorKey(result.code);
    const message = t(key);
    if (message !== key) return message;
  }
  return result.error || t('write_error_generic');
}
