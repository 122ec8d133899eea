import type { Report } from '../engine/form/schema';
import { fingerprint } from '../protocol/leaks';
import type { Leak, LeaksMessage, Snapshot } from '../protocol/messages';
import { mergeSpans } from '../engine/text/redact';
import { describeSecrets, findSecrets, type SecretSpan } from '../engine/text/secrets';

/**
 * What the background tells the page after each report: the secrets in each text field. Only secrets:
 * an email address alone never stops a submission (the panel warns about it instead).
 *
 * The report's own privacy.secrets fix covers one field; the guard needs both, so each field is scanned
 * again, but only when that check failed, so typing a clean request costs nothing extra.
 */
export function leaksFor(snapshot: Snapshot, report: Report | null): LeaksMessage {
  const username = snapshot.username ?? '';
  const reason = snapshot.reason ?? '';
  const checked = fingerprint(username, reason);
  const failed = report?.checks.some((c) => c.id === 'privacy.secrets' && c.status === 'fail') ?? false;
  if (!failed) return { type: 'leaks', checked, names: '', leaks: [] };
  const found: SecretSpan[] = [];
  const leaks: Leak[] = [];
  for (const [field, text] of [['reason', reason], ['username', username]] as const) {
    const spans = findSecrets(text);
    if (spans.length === 0) continue;
    found.push(...spans);
    leaks.push({ field, text, spans: mergeSpans(spans, text.length).slice(0, 1000), kinds: [...new Set(spans.map((s) => s.kind))] });
  }
  return { type: 'leaks', checked, names: describeSecrets(found).names.slice(0, 500), leaks };
}
