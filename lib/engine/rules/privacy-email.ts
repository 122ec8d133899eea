import { findEmails } from '../text/emails';
import { mergeSpans } from '../redact';
import { pass, verdict, type Rule } from './types';

/**
 * An address in a public issue is harvested by spammers within hours, and it does not help: PyPI support
 * already knows the account's email and checks it themselves. So it is a warning, never a blocker.
 */
export const privacyEmail: Rule = {
  id: 'privacy.email',
  scored: false,
  run(request) {
    const inReason = findEmails(request.reason);
    const inUsername = findEmails(request.username);
    if (inReason.length === 0 && inUsername.length === 0) return pass('No email address in your text.');
    const count = inReason.length + inUsername.length;
    const what = count === 1 ? 'an email address' : `${count} email addresses`;
    const where =
      inReason.length === 0
        ? ' in the username box'
        : inUsername.length > 0
          ? ' (in the reason and the username box)'
          : '';
    const message =
      `This issue will be public and it shows ${what}${where}: addresses posted in public issues attract spam, ` +
      `and PyPI support does not need it, since PyPI already knows your account's email. Consider removing it.`;
    const field = inReason.length > 0 ? 'reason' : 'username';
    const text = field === 'reason' ? request.reason : request.username;
    const spans = mergeSpans(field === 'reason' ? inReason : inUsername, text.length);
    return verdict('warn', message, { fix: { kind: 'redact', field, spans } });
  },
};
