import { snake, type MessageKey } from '../engine/words';
import type { WriteResult } from './messages';

/**
 * Why a write did not work, as a stable id (add more, never rename): the panel words it in the user's
 * language (`polish_write_error_<code>`), the English `error` sentence stays as the fallback. Zod-free, so
 * the content script can name the codes it sends.
 */
export const WRITE_ERROR_CODES = [
  'form-missing',
  'username-missing',
  'reason-missing',
  'username-refused',
  'reason-refused',
  'reason-reverted',
  'text-changed',
  'span-gone',
  'nothing-to-remove',
  'nothing-to-insert',
  'box-missing',
  'box-refused',
  'nothing-to-undo',
  'edited-since',
  'page-error',
] as const;
export type WriteErrorCode = (typeof WRITE_ERROR_CODES)[number];

/**
 * How a failed write is worded, shared by the panel and the page's leak prompt so both say the same thing
 * in the user's language. Type-only imports: the content script must stay free of zod.
 */

/** Message key of a write failure's code: `nothing-to-undo` → `polish_write_error_nothing_to_undo`. */
export const writeErrorKey = (code: WriteErrorCode): MessageKey => `polish_write_error_${snake(code)}`;

/**
 * The code in the user's language; else the page script's English sentence (an older script sends no
 * code); else the caller's general sentence. `text` may answer a key it has no message for with '' (as
 * browser.i18n does) or with the key itself (as the panel's t() does): both count as no message.
 */
export function writeErrorText(
  result: Pick<WriteResult, 'code' | 'error'>,
  text: (key: MessageKey) => string,
  fallbackKey: MessageKey,
): string {
  if (result.code) {
    const key = writeErrorKey(result.code);
    const message = text(key);
    if (message !== '' && message !== key) return message;
  }
  return result.error || text(fallbackKey);
}
