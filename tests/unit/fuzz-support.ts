import fc from 'fast-check';

/**
 * Shared by the fuzz and privacy suites (and usable from a bench script): generators of hostile issue
 * bodies and a timing helper that checks work grows linearly with input size.
 */

/** Fixed by default so a failure reproduces; set FUZZ_SEED to explore other cases. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20260611);

const nasty = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202E', '\u2066', '\uFEFF', '\u00AD', // zero-width, bidi
  'مرحبا', 'שלום', '密码', '🔑', '👨‍👩‍👧', '\uD800', '\uDFFF', // RTL, CJK, emoji, lone surrogates
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;b&gt;', '<!-- x -->',
  '###', '### ', '### Reason for request', '### PyPI Username', '## Recovery Codes', '###Acknowledgement',
  '- [x]', '- [ ]', '- [X] I agree', '-[x]', '* [x', '- [y] ', '[x]', '- []',
  '\r\n', '\r', '\n', '\n\n', '\t', '`', '```', '_No response_', '\\', '\u0000',
  // Whole heading lines, as a user quoting the form would type them (ATX and setext, old and new labels).
  '\n### Recovery Codes\n\n', '\n## PyPI Username\n', '\nCode of Conduct\n===============\n', '\n#### Reason\n',
  '\nAcknowledgement\n---\n', '\n### Acknowledgement ###\n- [x] I understand\n',
  'password: ', 'code ', 'pypi-', 'otpauth://', '-----BEGIN PRIVATE KEY-----', '@', 'a@b.co', '#123456',
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

/** The best of a few runs, in ms: on a shared 2-core machine one slow run says little. */
export function bestTime(run: () => void, repeats = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Linear enough: 10x the input cost under 20x the time, or the large input took under 50 ms. Below that
 * the ratio is timer noise, and a quadratic step on a megabyte could never finish that fast.
 */
export const isLinear = (s: { ratio: number; largeMs: number }) => s.ratio < 20 || s.largeMs < 50;

export interface Scaling {
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs for a 10x larger input; about 10 when linear, about 100 when quadratic. */
  ratio: number;
  msPerMb: number;
}

/**
 * Times `fn` on inputs of ~100 KB and ~1 MB built by repeating `unit`. The small input is timed over five
 * runs in a row, so that a timer tick or a garbage collection does not decide the ratio on its own.
 */
export function scaling(fn: (input: string) => unknown, unit: string, smallBytes = 100_000): Scaling {
  const make = (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const small = make(smallBytes);
  const large = make(smallBytes * 10);
  fn(small); // warm the JIT so the first measurement is not charged for compilation
  const smallMs = Math.max(bestTime(() => { for (let i = 0; i < 5; i++) fn(small); }, 2) / 5, 0.2);
  const largeMs = bestTime(() => fn(large), 2);
  return { smallMs, largeMs, ratio: largeMs / smallMs, msPerMb: largeMs / (large.length / 1_000_000) };
}

/** Shapes of huge input, each the repeated unit of a 1 MB reason: plain prose, one endless line, structure. */
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

export interface EngineFigure extends Scaling {
  what: string;
  shape: string;
}

/** parseBody and buildReport timed on every huge shape (used by the fuzz suite; a bench can print it). */
export function engineScaling(
  parse: (body: string) => { request: { reason: string } },
  report: (req: { username: string; reason: string; recoveryCodes: boolean; codeOfConduct: boolean; acknowledgement: boolean }) => unknown,
): EngineFigure[] {
  const figures: EngineFigure[] = [];
  for (const [shape, unit] of Object.entries(HUGE_SHAPES)) {
    const p = scaling((reason) => parse(`### PyPI Username\n\n\`someone\`\n\n### Reason for request\n\n${reason}`), unit);
    figures.push({ what: 'parseBody', shape, ...p });
    const r = scaling(
      (reason) => report({ username: '`someone`', reason, recoveryCodes: true, codeOfConduct: true, acknowledgement: true }),
      unit,
    );
    figures.push({ what: 'buildReport', shape, ...r });
  }
  return figures;
}
