import { USERNAME_FIELD } from '../form/definition';
import { pass, verdict, type Rule } from './types';

export const usernamePresent: Rule = {
  id: 'username.present',
  scored: false,
  run(request) {
    if (request.username.trim() !== '') return pass('You gave a username.');
    const where = request.missing.includes('username')
      ? 'This request has no "PyPI Username" section.'
      : 'The username box is empty.';
    return verdict(
      'fail',
      `${where} PyPI support looks the account up by its username, so write it in the "${USERNAME_FIELD.label}" box. If you forgot it, write that in the reason and say which email address the account may use.`,
    );
  },
};
