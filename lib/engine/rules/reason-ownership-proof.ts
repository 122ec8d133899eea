import { CUES, givesAccountEmail } from '../text/cues/ownership-proof';
import { matchesAny } from '../text/cues/words';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const reasonOwnershipProof: Rule = {
  id: 'reason.ownership_proof',
  scored: false,
  run(request, text) {
    if (
      givesAccountEmail(request.username) ||
      !text.judge.flags('reason.ownership_proof', () => !matchesAny(text.norm, CUES))
    )
      return pass(said('why_proof_pass'));
    return verdict('warn', said('why_proof_warn'), { suggestion: said('wording_proof') });
  },
};
