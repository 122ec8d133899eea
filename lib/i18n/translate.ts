import { browser } from 'wxt/browser';

/**
 * Every string the panel shows goes through here, so it can be translated in public/_locales.
 * When the browser has no message (a missing key, or a test browser without i18n) the key itself is
 * shown: a visible, searchable gap rather than an empty label.
 */
// WXT types getMessage with the names it knows; keys here are often built (`check_${id}`), so widen it.
type GetMessage = (key: string, substitutions?: string | string[]) => string;

export function t(key: string, subs?: string | readonly string[]): string {
  let message = '';
  try {
    message = (browser.i18n.getMessage as GetMessage)(
      key,
      subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs],
    );
  } catch {
    message = '';
  }
  return message === '' ? key : message;
}
