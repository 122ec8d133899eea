import { pass, verdict, type Rule } from './types';

export const recoveryCodesConsistent: Rule = {
  id: 'recovery_codes.consistent',
  scored: true,
  run(_request, text) {
    const codes = text.codes;
    if (codes.troubled) {
      return verdict(
        'warn',
        'You say your recovery codes do not work, or that someone else set up 2FA. That can mean the account was taken over: say so plainly, and say when you last logged in.',
        {
          suggestion:
            'My recovery codes are rejected, and I did not change them myself; I last logged in successfully around [month and year].',
        },
      );
    }
    if (codes.held) {
      return verdict(
        'fail',
        'You say you still have recovery codes. Use one to log in (on the 2FA page choose "Login using recovery codes"), then set up 2FA again: no request is needed. Tick the box only if you cannot use any of them.',
      );
    }
    return pass('What you say about recovery codes agrees with the box.');
  },
};
