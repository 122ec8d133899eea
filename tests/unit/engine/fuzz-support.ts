import fc from 'fast-check';

/**
 * Shared by the fuzz suites: generators of hostile issue bodies. (Timing lives in scripts/bench/scaling.ts,
 * and the huge input shapes in scripts/bench/shapes.ts: tests check behaviour, the bench prints speed.)
 */

/** Fixed by default so a failure reproduces; set FUZZ_SEED to explore other cases. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260611);

const nasty = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\uFEFF',
  '\u00AD', // zero-width, bidi
  'مرحبا',
  'שלום',
  '密码',
  '🔑',
  '👨‍👩‍👧',
  '\uD800',
  '\uDFFF', // RTL, CJK, emoji, lone surrogates
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt;',
  '<!-- x -->',
  '###',
  '### ',
  '### Reason for request',
  '### PyPI Username',
  '## Recovery Codes',
  '###Acknowledgement',
  '- [x]',
  '- [ ]',
  '- [X] I agree',
  '-[x]',
  '* [x',
  '- [y] ',
  '[x]',
  '- []',
  '\r\n',
  '\r',
  '\n',
  '\n\n',
  '\t',
  '`',
  '```',
  '_No response_',
  '\\',
  '\u0000',
  // Whole heading lines, as a user quoting the form would type them (ATX and setext, old and new labels).
  '\n### Recovery Codes\n\n',
  '\n## PyPI Username\n',
  '\nCode of Conduct\n===============\n',
  '\n#### Reason\n',
  '\nAcknowledgement\n---\n',
  '\n### Acknowledgement ###\n- [x] I understand\n',
  'password: ',
  'code ',
  'pypi-',
  'otpauth://',
  '-----BEGIN PRIVATE KEY-----',
  '@',
  'a@b.co',
  '#123456',
];

/** One piece of a body: plain Unicode, or a fragment chosen to confuse a Markdown/heading/checkbox parser. */
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
  { weight: 4, arbitrary: fc.constantFrom(...nasty) },
);

/** A body made of such pieces: the whole "form" may be partly there, broken, or absent. */
export const hostileText = (maxPieces = 40) => fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));

/** Text with no line break and no surrounding space: what the username input can hold and give back. */
export const oneLine = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .map((s) => s.replace(/[\r\n\u2028\u2029\u0085]/g, ' ').trim());
