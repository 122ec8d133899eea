import { REASON_FIELD } from '../form/definition';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const reasonPresent: Rule = {
  id: 'reason.present',
  scored: false,
  run(request) {
    if (request.reason.trim() !== '') return pass(said('why_reason_given'));
    return verdict('fail', said('why_reason_empty', REASON_FIELD.label));
  },
};
