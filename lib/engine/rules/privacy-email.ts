import { mergeSpans } from '../redact';
import { findEmails } from '../text/emails';
import { counted, said } from '../words';
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
    if (inReason.length === 0 && inUsername.length === 0) return pass(said('why_email_pass'));
    const count = inReason.length + inUsername.length;
    const where = inReason.length === 0 ? said('where_username_box') : inUsername.length > 0 ? said('where_both') : '';
    const why = said('why_email_warn', counted(count, 'email_count'), where);
    const field = inReason.length > 0 ? 'reason' : 'username';
    const text = field === 'reason' ? request.reason : request.username;
    const spans = mergeSpans(field === 'reason' ? inReason : inUsername, text.length);
    return verdict('warn', why, { fix: { kind: 'redact', field, spans } });
  },
};
