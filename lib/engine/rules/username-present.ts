import { USERNAME_FIELD } from '../form/definition';
import { said } from '../words';
import { pass, verdict, type Rule } from './types';

export const usernamePresent: Rule = {
  id: 'username.present',
  scored: false,
  run(request) {
    if (request.username.trim() !== '') return pass(said('why_username_given'));
    const where = said(request.missing.includes('username') ? 'why_username_no_section' : 'why_username_box_empty');
    return verdict('fail', said('why_username_missing', where, USERNAME_FIELD.label));
  },
};
