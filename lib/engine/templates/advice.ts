import type { MessageKey } from '../words';
/**
 * "Before you file" and "After you file": what to try first and what to expect, drawn from how real
 * requests on pypi/support resolved themselves. Only the structure lives here; the words are in
 * public/_locales (message keys below), so the panel can show them in the user's language.
 */

export const PYPI_HELP = {
  accountRecovery: 'https://pypi.org/help/#account-recovery',
  recoveryCodes: 'https://pypi.org/help/#recoverycodes',
  totp: 'https://pypi.org/help/#totp',
} as const;

export interface AdviceItem {
  /** Message key in public/_locales/<lang>/messages.json. */
  key: MessageKey;
  /** A pypi.org help page that says more, opened in a new tab, and the message key of its link text. */
  link?: string;
  linkKey?: MessageKey;
}

export const BEFORE_YOU_FILE: readonly AdviceItem[] = [
  { key: 'advice_before_clock', link: PYPI_HELP.totp, linkKey: 'advice_link_totp' },
  { key: 'advice_before_device' },
  { key: 'advice_before_codes', link: PYPI_HELP.recoveryCodes, linkKey: 'advice_link_codes' },
  { key: 'advice_before_email', link: PYPI_HELP.accountRecovery, linkKey: 'advice_link_recovery' },
  { key: 'advice_before_no_projects' },
];

export const AFTER_YOU_FILE: readonly AdviceItem[] = [
  { key: 'advice_after_watch_email' },
  { key: 'advice_after_reply_email' },
  { key: 'advice_after_no_duplicates' },
  { key: 'advice_after_new_codes', link: PYPI_HELP.recoveryCodes, linkKey: 'advice_link_new_codes' },
];
