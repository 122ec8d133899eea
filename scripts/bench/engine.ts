import { composeBody, parseBody } from '../../lib/engine/form/body';
import { buildReport } from '../../lib/engine/report';

/** Sentences in the shape of real reasons (our own words), cycled to reach a size. */
const SENTENCES = [
  'My phone with the authenticator app was stolen at a station in March.',
  'I looked for the recovery codes in my password manager and in old notes.',
  'I still know my password and I can read the primary email of the account.',
  'My projects are `otter-tools` and `heron-cli`, built from https://github.com/heron-dev/otter-tools.',
  'I tried the password reset; the mail arrives, but the 2FA page still stops me.',
  'Thank you for the work you do on PyPI, and sorry for the extra load.',
];

export function bodyOfSize(bytes: number, sentences: readonly string[] = SENTENCES): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const s = sentences[i % sentences.length]!;
    parts.push(s);
    length += s.length + 1;
  }
  return composeBody({
    username: '`heron-dev`',
    reason: parts.join(i18nBreak(parts.length)),
    recoveryCodes: true,
    codeOfConduct: true,
    acknowledgement: true,
  });
}

// A paragraph break every few sentences, as people write.
function i18nBreak(n: number): string {
  return n > 3 ? ' ' : '\n\n';
}

/**
 * The median of a list in any order (left as it is): the middle value, or the upper of the two middle ones.
 * For an odd count it is the nearest-rank 50th percentile.
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median ms of parse + report over `runs` runs (after warm-up), for one body. */
export function timeEngine(body: string, runs: number): number {
  for (let i = 0; i < 3; i++) buildReport(parseBody(body).request);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    buildReport(parseBody(body).request);
    times.push(performance.now() - t);
  }
  return median(times);
}

export interface EngineRow {
  label: string;
  bytes: number;
  medianMs: number;
  runs: number;
}

export function benchEngine(): EngineRow[] {
  const sizes: Array<[string, number, number]> = [
    ['1 KB', 1024, 500],
    ['10 KB', 10 * 1024, 300],
    ['100 KB', 100 * 1024, 60],
    ['1 MB', 1024 * 1024, 15],
  ];
  const rows = sizes.map(([label, bytes, runs]) => ({
    label,
    bytes,
    medianMs: timeEngine(bodyOfSize(bytes), runs),
    runs,
  }));
  // The worst case for cue matching: every word a cue word, so every bounded gap is tried.
  const hostile = bodyOfSize(1024 * 1024, [
    'lost lost phone code codes recovery invalid',
    'delete account username change email password',
  ]);
  rows.push({ label: '1 MB of cue words', bytes: hostile.length, medianMs: timeEngine(hostile, 5), runs: 5 });
  return rows;
}
