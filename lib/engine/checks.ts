import type { CheckId } from './form/schema';
import type { MessageKey } from './words';

/**
 * What the checklist needs to know of each check besides its verdict: the part of the form it belongs to
 * (the panel's groups, in the form's own order; privacy last, since it spans every field) and the key of
 * its short title in public/_locales. The badge tooltip, the panel and the CLI all read titles by that key,
 * so there is one wording per language.
 */
export type GroupId = 'username' | 'reason' | 'confirmations' | 'privacy';
export const GROUP_ORDER: readonly GroupId[] = ['username', 'reason', 'confirmations', 'privacy'];

export const GROUP_OF: Readonly<Record<CheckId, GroupId>> = {
  'username.present': 'username',
  'username.format': 'username',
  'reason.present': 'reason',
  'reason.lost_factor': 'reason',
  'reason.circumstances': 'reason',
  'reason.attempts': 'reason',
  'reason.remaining_access': 'reason',
  'reason.ownership_proof': 'reason',
  'scope.recovery': 'reason',
  'scope.duplicate': 'reason',
  'language.english': 'reason',
  'recovery_codes.checked': 'confirmations',
  'recovery_codes.consistent': 'confirmations',
  'coc.checked': 'confirmations',
  'ack.checked': 'confirmations',
  'privacy.secrets': 'privacy',
  'privacy.email': 'privacy',
};

/** `a.b.c` → `a_b_c`, as a type, so a check's title key is checked against the messages. */
type Underscored<S extends string> = S extends `${infer A}.${infer B}` ? `${A}_${Underscored<B>}` : S;
export type TitleKey = `check_${Underscored<CheckId>}`;

/** Message key of a check's short title: `username.format` → `check_username_format`. */
export const titleKey = (id: CheckId): TitleKey => `check_${id.replace(/\./g, '_')}` as TitleKey;

/** Looks up words by message key, in the reader's language (`browser.i18n` in the extension, English in the CLI). */
export type Text = (key: MessageKey, substitutions?: string | string[]) => string;
