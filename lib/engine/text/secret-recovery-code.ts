import { type LinkIndex, type LowerText, isMasked, windowAfter, windowBefore } from './secret-scan';
import { nextWordWithin, type Word } from './secret-words';

/**
 * Recovery codes (secret-context.ts finds the other secrets made only of hex, base32 or digits): PyPI's own shape,
 * and codes as people copy them, named as recovery codes just before.
 */

const HEX16 = /^[0-9a-f]{16}$/;
const HEX16_ANY_CASE = /^(?:[0-9a-fA-F]{16}|[0-9a-fA-F]{4}(?:-[0-9a-fA-F]{4}){3})$/;
const RECOVERY_CUE = /\b(?:recovery|recover|backup|back-up|2fa|codes?)\b/;
const HASH_CUE =
  /\b(?:commit(?:ted|s)?|sha(?:1|256)?|hash(?:es)?|rev(?:ision)?|git|checksum|digest|md5|blake2b?|uuid|build|trace|request[ -]id|object)\b/;

/**
 * PyPI's recovery codes are exactly 16 lower-case hex characters (eight random bytes). Git prints 7 to
 * 12 characters for a short hash and 40 or 64 for a full one, never 16 unless asked; so a lone 16-hex word
 * is taken for a recovery code: a false alarm costs one click on "Submit anyway", a miss hands out a
 * code that bypasses two-factor authentication. A hash cue (commit, sha, …) with no recovery cue, or a
 * place inside a link, lets it pass.
 */
function pypiShaped(lower: LowerText, word: Word, links: LinkIndex): boolean {
  const w = word.text;
  const strict = HEX16.test(w);
  if (!strict && !HEX16_ANY_CASE.test(w)) return false;
  if (links.contains(word)) return false;
  const before = windowBefore(lower, word.start, 60);
  const after = windowAfter(lower, word.end, 20);
  const recovery = RECOVERY_CUE.test(before);
  if (!strict) return recovery && /[0-9]/.test(w) && /[a-fA-F]/.test(w);
  // Two letters or two digits at least: all-digit runs are numbers, not random bytes.
  if (!/[0-9].*[0-9]/.test(w) || !/[a-f]/.test(w)) return recovery && !isMasked(w);
  if (!recovery && (HASH_CUE.test(before) || HASH_CUE.test(after))) return false;
  return true;
}

/**
 * Named as a recovery code right before: "one of the recovery codes was 7c1e09ab44d2", "Backup code: 1234-5678-9012".
 * Writers copy codes at other lengths and in groups; a label (a colon or "=") names a value even of digits only.
 */
const RECOVERY_CODE_NAMED = /\b(?:recovery|backup) codes?\b[^.!?\n]{0,24}?(?:\b(?:was|were|is|are|like)|([:=(]))\s*$/;
const HEX_RUN = /^[0-9a-f]{8,32}$/i;
const GROUP = /^[0-9a-f]{4}$/i;
const TWO_DIGITS = /[0-9][^0-9]*[0-9]/;
const TWO_LETTERS = /[a-f][^a-f]*[a-f]/i;

function named(lower: LowerText, word: Word, links: LinkIndex): Word | null {
  const bare = word.text.replaceAll('-', '');
  let last = word;
  let run = bare;
  // "1f3a 9c2e 7b6d 4e8f": groups of four, one space apart, read as one code.
  if (GROUP.test(word.text)) {
    for (let next = nextWordWithin(lower.text, last, 1); next !== null && GROUP.test(next.text) && run.length < 32; ) {
      run += next.text;
      last = next;
      next = nextWordWithin(lower.text, last, 1);
    }
  }
  if (!HEX_RUN.test(run) || !TWO_DIGITS.test(run) || links.contains(word) || isMasked(word.text)) return null;
  const before = windowBefore(lower, word.start, 60);
  const cue = RECOVERY_CODE_NAMED.exec(before);
  if (cue === null || HASH_CUE.test(before)) return null;
  return TWO_LETTERS.test(run) || cue[1] !== undefined ? last : null;
}

/** The recovery code that starts at `word`, as the last word it takes, or null. */
export function recoveryCode(lower: LowerText, word: Word, links: LinkIndex): Word | null {
  const w = word.text;
  if ((w.length === 16 || w.length === 19) && pypiShaped(lower, word, links)) return word;
  return named(lower, word, links);
}
