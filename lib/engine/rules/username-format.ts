import { readUsername } from '../text/username';
import { pass, verdict, type Rule } from './types';

export const usernameFormat: Rule = {
  id: 'username.format',
  scored: true,
  run(request) {
    const reading = readUsername(request.username);
    switch (reading.kind) {
      case 'exact':
        return pass(`\`${reading.name}\` is a valid PyPI username, written in backticks as the form asks.`);
      case 'decorated':
        return verdict('warn', `Write just the username in single backticks, as the form asks: ${reading.fixed}.`, {
          suggestion: reading.fixed,
          fix: { kind: 'username', value: reading.fixed },
        });
      case 'empty':
        return verdict(
          'fail',
          'No username yet. Write your PyPI username (not your GitHub name or email) in backticks, like `my-name`.',
        );
      case 'email':
        return verdict(
          'fail',
          'This is an email address, not a username, and the issue is public. Write your PyPI username instead; if you forgot it, leave a note in the reason and PyPI support will use the email on the account.',
        );
      case 'placeholder':
        return verdict('fail', 'Replace the placeholder with your own PyPI username, in backticks.');
      case 'several':
        return verdict(
          'fail',
          `Give one account per request. You wrote ${reading.names.length} names (${reading.names.join(', ')}); file one issue for the account you cannot enter.`,
        );
      case 'invalid': {
        const why = {
          spaces: 'PyPI usernames have no spaces',
          characters: 'PyPI usernames only have letters, digits, ".", "_" and "-"',
          length: 'PyPI usernames have at most 50 characters',
          'not-a-name': 'this does not look like a username',
        }[reading.why];
        return verdict(
          'fail',
          `"${reading.text}" is not a PyPI username: ${why}. Check the spelling on a pypi.org page of one of your projects.`,
        );
      }
    }
  },
};
