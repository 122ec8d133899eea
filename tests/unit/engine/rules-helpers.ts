import { buildReport } from '../../../lib/engine/report';
import type { CheckId, Status } from '../../../lib/engine/form/schema';

/** A complete, well-written request in this file's own words; tests change one thing at a time. */
export const GOOD_REASON =
  'My phone with the authenticator app was stolen on a train in March 2026. I looked for the recovery codes in my password manager and old notes but never saved them. I still know my password and have the primary email. My project on PyPI is `tidepool-utils`, its source is at https://github.com/heron-dev/tidepool-utils.';

export function statusOf(
  id: CheckId,
  reason: string,
  overrides: Partial<Parameters<typeof buildReport>[0]> = {},
): Status {
  const report = buildReport({
    username: '`heron-dev`',
    reason,
    recoveryCodes: true,
    codeOfConduct: true,
    acknowledgement: true,
    ...overrides,
  });
  return report.checks.find((c) => c.id === id)!.status;
}
