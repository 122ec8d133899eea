import { mergeSpans } from '../redact';
import { describeSecrets, findSecrets, type SecretSpan } from '../text/secrets';
import { counted, said } from '../words';
import { pass, verdict, type Rule } from './types';

/**
 * A recovery issue is public the moment it is submitted. Anything that lets a reader into the account
 * (a recovery code, a token, a password, a TOTP secret) must come out before that, and some must also be
 * revoked, because deleting the text later does not unpublish it (notifications, caches, scrapers).
 */
export const privacySecrets: Rule = {
  id: 'privacy.secrets',
  scored: true,
  run(request) {
    const inReason = findSecrets(request.reason);
    const inUsername = findSecrets(request.username);
    if (inReason.length === 0 && inUsername.length === 0) return pass(said('why_secrets_pass'));
    const all: SecretSpan[] = [...inReason, ...inUsername];
    const { names, advice } = describeSecrets(all);
    const where = inReason.length === 0 ? said('where_username_box') : inUsername.length > 0 ? said('where_both') : '';
    const why = said('why_secrets_fail', names, where, counted(all.length, 'why_secrets_remove'), advice);
    // One fix per check: the reason when it holds a secret, else the username box.
    const field = inReason.length > 0 ? 'reason' : 'username';
    const text = field === 'reason' ? request.reason : request.username;
    const spans = mergeSpans(field === 'reason' ? inReason : inUsername, text.length);
    return verdict('fail', why, { fix: { kind: 'redact', field, spans } });
  },
};
