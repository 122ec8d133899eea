import { readUsername } from '../text/username';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';

const INVALID: Record<'spaces' | 'characters' | 'length' | 'not-a-name', MessageKey> = {
  spaces: 'why_username_spaces',
  characters: 'why_username_characters',
  length: 'why_username_length',
  'not-a-name': 'why_username_not_a_name',
};

export const usernameFormat: Rule = {
  id: 'username.format',
  scored: true,
  run(request) {
    const reading = readUsername(request.username);
    switch (reading.kind) {
      case 'exact':
        // The name in backticks, as the form wants it (and as a message may not hold "$`", a replacement pattern).
        return pass(said('why_username_exact', `\`${reading.name}\``));
      case 'decorated':
        return verdict('warn', said('why_username_decorated', reading.fixed), {
          suggestion: reading.fixed,
          fix: { kind: 'username', value: reading.fixed },
        });
      case 'empty':
        return verdict('fail', said('why_username_empty'));
      case 'email':
        return verdict('fail', said('why_username_email'));
      case 'placeholder':
        return verdict('fail', said('why_username_placeholder'));
      case 'several':
        return verdict('fail', said('why_username_several', String(reading.names.length), reading.names.join(', ')));
      case 'invalid':
        return verdict('fail', said('why_username_invalid', reading.text, said(INVALID[reading.why])));
    }
  },
};
