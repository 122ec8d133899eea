import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const scopeRecovery: Rule = {
  id: 'scope.recovery',
  scored: true,
  run(_request, text) {
    if (text.ask === null) return pass(said('why_scope_pass'));
    return verdict('fail', said('why_scope_fail', said(text.ask)));
  },
};
