import { offersProof } from '../text/cues/ownership-proof';

import { pass, verdict, type Rule } from './types';
export const reasonOwnershipProof: Rule = {
  id: 'reason.ownership_proof',
  scored: false,
  run(request, text) {
    if (
      !text.judge.flags('reason.ownership_proof', () => !offersProof(request, text.norm)) ||
      /@/.test(request.username)
    )
      return pass('You offer something that ties you to the account (projects, repositories or its email).');
    return verdict(
      'warn',
      'Name your projects on PyPI and the repositories they link to, so support can check them against your GitHub account. Requests with proof move faster.',
      {
        suggestion:
          'My projects on PyPI are [project names]; their source is at [repository links], which I control with this GitHub account.',
      },
    );
  },
};
