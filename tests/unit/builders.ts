import { FORM_URL } from '../../lib/engine/form/definition';
import type { Request } from '../../lib/engine/form/schema';
import type { Snapshot } from '../../lib/protocol/messages';

/** A page snapshot of the React form with these two fields; the boxes all ticked or all unticked. */
export function snapshotOf(username: string | null, reason: string | null, boxes = true): Snapshot {
  return {
    url: FORM_URL,
    variant: 'react',
    username,
    reason,
    recoveryCodes: boxes,
    codeOfConduct: boxes,
    acknowledgement: boxes,
    githubLogin: null,
  };
}

/** A request with every box ticked, so a test sees only what its reason (and username) change. */
export function requestOf(reason: string, username = '`someone`'): Request {
  return { username, reason, recoveryCodes: true, codeOfConduct: true, acknowledgement: true, missing: [] };
}
