import type { IssueEvent } from './event';

/** The label the account-recovery form puts on every issue it files (pypi/support's account-recovery.yml). */
export const RECOVERY_LABEL = 'account-recovery';

/** Authors whose issues are not requests to check: the project's own people. */
const STAFF = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export type Decision = { check: true } | { check: false; why: string };

/** Whether this event is a request to check. Pure, so every skip is unit-tested. */
export function decide(event: IssueEvent, label = RECOVERY_LABEL): Decision {
  if (event.action !== 'opened' && event.action !== 'edited')
    return { check: false, why: `the issue was ${event.action}` };
  if (event.issue.pull_request !== undefined) return { check: false, why: 'a pull request' };
  if (event.issue.state !== 'open') return { check: false, why: 'the issue is closed' };
  if (!event.issue.labels.includes(label)) return { check: false, why: `no "${label}" label` };
  const user = event.issue.user;
  if (user === null || user.type === 'Bot' || /\[bot\]$/i.test(user.login))
    return { check: false, why: 'filed by a bot' };
  if (STAFF.has(event.issue.author_association.toUpperCase()))
    return { check: false, why: `filed by a ${event.issue.author_association.toLowerCase()} of the repository` };
  return { check: true };
}
