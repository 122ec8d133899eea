import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const recoveryCodesConsistent: Rule = {
  id: 'recovery_codes.consistent',
  scored: true,
  run(_request, text) {
    const codes = text.codes;
    // Codes at hand and none refused contradict the box, whoever else the story says touched the account.
    if (codes.held && !codes.refused) return verdict('fail', said('why_codes_held'));
    if (codes.troubled) {
      return verdict('warn', said('why_codes_troubled'), {
        suggestion: said('wording_codes_troubled'),
      });
    }
    return pass(said('why_codes_agree'));
  },
};
