import { offersProof } from '../text/cues/ownership-proof';

import { said } from '../words';
import { pass, verdict, type Rule } from './types';
export const reasonOwnershipProof: Rule = {
  id: 'reason.ownership_proof',
  scored: false,
  run(request, text) {
    if (
      !text.judge.flags('reason.ownership_proof', () => !offersProof(request, text.norm)) ||
      /@/.test(request.username)
    )
      return pass(said('why_proof_pass'));
    return verdict('warn', said('why_proof_warn'), {
      suggestion: said('wording_proof'),
    });
  },
};
