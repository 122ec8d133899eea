import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const recoveryCodesConsistent: Rule = {
  id: 'recovery_codes.consistent',
  scored: true,
  run(_request, text) {
    const codes = text.codes;
    if (codes.troubled) {
      return verdict('warn', said('why_codes_troubled'), {
        suggestion: said('wording_codes_troubled'),
      });
    }
    if (codes.held) {
      return verdict('fail', said('why_codes_held'));
    }
    return pass(said('why_codes_agree'));
  },
};
