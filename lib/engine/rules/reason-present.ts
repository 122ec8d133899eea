import { REASON_FIELD } from '../form/definition';
import { pass, verdict, type Rule } from './types';

export const reasonPresent: Rule = {
  id: 'reason.present',
  scored: false,
  run(request) {
    if (request.reason.trim() !== '') return pass('You wrote a reason.');
    return verdict(
      'fail',
      `The "${REASON_FIELD.label}" box is empty. Say in a few sentences what you lost, how and when, what you tried, and what access you still have.`,
    );
  },
};
