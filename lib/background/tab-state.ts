import type { Snapshot } from '../protocol/messages';
import type { Request } from '../engine/form/schema';

/** A page snapshot as the engine's request: controls missing from the page count as empty / unticked. */
export function requestFromSnapshot(s: Snapshot): Request {
  const missing: Request['missing'] = [];
  if (s.username === null) missing.push('username');
  if (s.reason === null) missing.push('reason');
  if (s.recoveryCodes === null) missing.push('recoveryCodes');
  if (s.codeOfConduct === null) missing.push('codeOfConduct');
  if (s.acknowledgement === null) missing.push('acknowledgement');
  return {
    username: s.username ?? '',
    reason: s.reason ?? '',
    recoveryCodes: s.recoveryCodes ?? false,
    codeOfConduct: s.codeOfConduct ?? false,
    acknowledgement: s.acknowledgement ?? false,
    missing,
  };
}
