import { browser } from 'wxt/browser';
import type { Report } from '../engine/form/schema';
import { mergeSpans } from '../engine/redact';
import { describeSecrets, findSecrets, type SecretSpan } from '../engine/text/secrets';
import { english, type Said } from '../engine/words';
import { say } from '../i18n/translate';
import { fingerprint } from '../protocol/fingerprint';
import type { Leak, LeaksMessage, Snapshot } from '../protocol/messages';
import type { StateListener } from './tab-state';

/**
 * What the background tells the page after each report: the secrets in each text field. Only secrets:
 * an email address alone never stops a submission (the panel warns about it instead).
 *
 * The report's own privacy.secrets fix covers one field; the guard needs both, so each field is scanned
 * again, but only when that check failed, so typing a clean request costs nothing extra.
 */
export function leaksFor(
  snapshot: Snapshot,
  report: Report | null,
  speak: (s: Said) => string = english,
): LeaksMessage {
  const username = snapshot.username ?? '';
  const reason = snapshot.reason ?? '';
  const checked = fingerprint(username, reason);
  const failed = report?.checks.some((c) => c.id === 'privacy.secrets' && c.status === 'fail') ?? false;
  if (!failed) return { type: 'leaks', checked, names: '', leaks: [] };
  const found: SecretSpan[] = [];
  const leaks: Leak[] = [];
  for (const [field, text] of [
    ['reason', reason],
    ['username', username],
  ] as const) {
    const spans = findSecrets(text);
    if (spans.length === 0) continue;
    found.push(...spans);
    leaks.push({
      field,
      text,
      spans: mergeSpans(spans, text.length).slice(0, 1000),
      kinds: [...new Set(spans.map((s) => s.kind))],
    });
  }
  // The prompt on the page names them in the reader's language: "a recovery code and a password".
  const names = speak({ key: 'secret_names', args: [describeSecrets(found).names] }).slice(0, 500);
  return { type: 'leaks', checked, names, leaks };
}

/** After each report the page gets the secrets found in the text it was made from, for its submit guard. */
export const sendLeaks: StateListener = (tabId, state) => {
  if (!state.snapshot) return;
  // The tab may be gone or reloading; the next report sends again.
  browser.tabs.sendMessage(tabId, leaksFor(state.snapshot, state.report, say), { frameId: 0 }).catch(() => undefined);
};
