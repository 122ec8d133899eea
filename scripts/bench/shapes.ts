/**
 * Shapes of huge input, shared by the scaling bench (which times them) and the unit tests (which only check
 * behaviour on them). Each shape is a unit repeated to the wanted size: a paste gone wrong, a log file, or a
 * string built to trip a backtracking matcher.
 */

/** Repeating units of a huge reason: plain prose, one endless line, structure, odd scripts, markup, secrets. */
export const HUGE_SHAPES: Readonly<Record<string, string>> = {
  prose: 'I lost my phone with the authenticator app on it; my projects are on GitHub. ',
  'one line, no spaces': 'x',
  'heading lines': '### Reason for request\n',
  'checkbox lines': '- [x] I agree\n',
  'CRLF blank lines': '\r\n\r\n',
  'RTL and zero-width': 'שלום\u200B\u202Eمرحبا\u200D ',
  'HTML and script': '<script>alert("x")</script><img src=x>',
  'secret-like': 'code 123456 password: A1! 0a1b2c3d4e5f6789 pypi- ',
};

/** Many half-starts of every pattern the secret detectors use. */
export const SECRET_SHAPES: Readonly<Record<string, string>> = {
  '"pypi-" over and over': 'pypi-',
  'unterminated quoted passwords': "password: 'abc ",
  'private key headers with no end': '-----BEGIN PRIVATE KEY-----\n',
  'code words and digits': 'code 12345 ',
  'hex and base32 runs': 'recovery 0a1b2c3d4e5f678 secret ABCD EFGH 2345 ',
  'links with no end': 'https://x.org/a1b2c3d4e5f60718',
  'one long word': 'a',
  'an export row with no end': '"pypi","Aa1!aaaa",',
  'passwords in passing, over and over': 'my password (Aa1!aaaa1) ',
  'labelled passwords, over and over': 'password: Aa1!aaaa1 x ',
};

/** @ signs, dots and mailto links in every half-finished arrangement. */
export const EMAIL_SHAPES: Readonly<Record<string, string>> = {
  'a@ over and over': 'a@',
  '@. over and over': '@.',
  'addresses back to back': 'a.b@c.d ',
  'mailto links': 'x](mailto:y@z.io)',
};

/** `unit` repeated and cut to exactly `size` characters. */
export const repeatTo = (unit: string, size: number): string =>
  unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** A current-form issue body whose reason is `reason`, as the engine reads it from the page. */
export const bodyWithReason = (reason: string): string =>
  `### PyPI Username\n\n\`someone\`\n\n### Reason for request\n\n${reason}`;

/** A complete request around `reason`, as buildReport takes it. */
export const requestWithReason = (reason: string) => ({
  username: '`someone`',
  reason,
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
});
