import type { Check, CheckId } from '../lib/engine/form/schema';

/** The checklist follows the form's own order; privacy comes last because it spans every field. */
export type GroupId = 'username' | 'reason' | 'confirmations' | 'privacy';
export const GROUP_ORDER: readonly GroupId[] = ['username', 'reason', 'confirmations', 'privacy'];

const GROUP_OF: Record<CheckId, GroupId> = {
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

export interface CheckGroup {
  id: GroupId;
  checks: Check[];
}

/** Checks by group, report order kept inside each group; empty groups left out. */
export function groupChecks(checks: readonly Check[]): CheckGroup[] {
  return GROUP_ORDER.map((id) => ({ id, checks: checks.filter((c) => GROUP_OF[c.id] === id) })).filter(
    (g) => g.checks.length > 0,
  );
}

/** Message key of a check's short title: `username.format` → `check_username_format`. */
export const titleKey = (id: CheckId): string => `check_${id.replace(/\./g, '_')}`;

/** In-page id of a check's title (`username.format` → `check-username-format`): the "To fix" links point here. */
export const checkAnchor = (id: CheckId): string => `check-${id.replace(/\./g, '-')}`;
