import { type LinkIndex, LowerText, windowAfter, windowBefore, type SecretSpan } from './secret-scan';
import { recoveryCode } from './secret-recovery-code';
import { nextDigit, nextHexRun, nextWordWithin, prevWordWithin, wordAround, type Word } from './secret-words';

/**
 * Secrets that are only strings of hex, base32 or digits: what makes them secrets is their exact shape
 * (PyPI's recovery codes) or a cue word just before them (TOTP secrets, one-time codes). Each candidate
 * word is judged on itself and on windows of bounded size around it, so the scan is linear.
 */

const TOTP_CUE = /\b(?:secret|seed|key|setup|base32|2fa|mfa|totp|otp|authenticator|authy|two[- ]?factor)\b/;
const BASE32_UPPER = /^[A-Z2-7]{16,64}=*$/;
const BASE32_LOWER = /^[a-z2-7]{16,64}=*$/;
const GROUP4 = /^(?:[A-Z2-7]{4}|[a-z2-7]{4})$/;
/**
 * Groups as people copy them by hand, a slip outside base32 included ("QX7M 4KLD … 8USG"): capitals and digits
 * only, four groups or more, two of them with a digit. A secret mistyped is still the secret.
 */
const GROUP4_COPIED = /^[A-Z0-9]{4}$/;
const COPIED_GROUPS = 4;

/** A base32 TOTP secret, whole or shown in groups of four, right after a word like "secret" or "2fa". */
function totpSecret(lower: LowerText, first: Word): Word | null {
  const text = lower.text;
  let value = first.text;
  let last = first;
  if (value.length !== 4 && value.length < 16) return null; // neither a group nor a whole secret
  let groups = 1;
  let withDigit = /[0-9]/.test(value) ? 1 : 0;
  const group = GROUP4_COPIED.test(value) ? GROUP4_COPIED : GROUP4.test(value) ? GROUP4 : null;
  if (group) {
    // Groups must follow each other with a single space between, as authenticator apps show them.
    for (let n = 0; n < 15; n++) {
      const next = nextWordWithin(text, last, 1);
      if (next === null || !group.test(next.text)) break;
      last = next;
      value += next.text;
      groups++;
      if (/[0-9]/.test(next.text)) withDigit++;
    }
  }
  const copied = group === GROUP4_COPIED && groups >= COPIED_GROUPS && withDigit >= 2;
  // Lower-case groups of four are also plain words ("on the 22nd they said they"): a key shown that way has
  // digits in more than one group.
  if (groups > 1 && withDigit < 2 && /^[a-z2-7]+$/.test(value)) return null;
  if (!copied && !BASE32_UPPER.test(value) && !BASE32_LOWER.test(value)) return null;
  if (!/[2-7]/.test(value) || !/[a-z].*[a-z].*[a-z]/i.test(value)) return null;
  // A whole secret needs its word close by; four groups or more are a shape of their own, and the word may
  // stand a long sentence earlier ("the setup key I wrote down in 2024 — … — : 4KQW 7ZPM …").
  // Or named right after it: "…, KNSW…, which I think is an old TOTP seed".
  const before = windowBefore(lower, first.start, groups >= COPIED_GROUPS ? 200 : 80);
  if (!TOTP_CUE.test(before) && !TOTP_CUE.test(windowAfter(lower, last.end, 50))) return null;
  return last;
}

// A code's name, the app showing it or the writer typing it: "the app shows 604 217", "I typed 771204".
const CODE_CUE =
  /\b(?:code|codes|otp|totp|token|2fa|mfa|pin|passcode|one[- ]time|verification|authenticator|authentication|app|shows|showing|showed|shown|displays|displaying|displayed|generates|generating|generated|gave|gives|giving|typed|entered|keyed|tried)\b/g;

/** The last cue in a (short) window: the one nearest the number. */
function lastCue(window: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  CODE_CUE.lastIndex = 0;
  for (let m = CODE_CUE.exec(window); m; m = CODE_CUE.exec(window)) last = m;
  return last;
}
// "error code", "area code", "issue 123456": a number named by these words is not a login code.
const NOT_OTP_CUE =
  /\b(?:error|exit|status|area|country|zip|postal|post|source|promo|discount|issue|issues|ticket|pr|pull|request|case|order|invoice|number|no|phone|tel|mobile|fax|call|version|v|build|job|run|line|port|pid|id|account|year|since|from|until|to|and|than|over|about)\s*$/;
const SIX_TO_EIGHT = /^\d{6,8}$/;
const THREE = /^\d{3,4}$/;

const NON_SPACE_RUN = /\S+/g;

/** Whether `s` holds more than `n` runs of non-space (what `split(/\s+/)` would count), without building them. */
function moreWordsThan(s: string, n: number): boolean {
  NON_SPACE_RUN.lastIndex = 0;
  let count = 0;
  while (NON_SPACE_RUN.exec(s) !== null) if (++count > n) return true;
  return false;
}

/** 000000, 123456, 87654321: what people type as an example of a code, not a code they were sent. */
function looksLikePlaceholder(digits: string): boolean {
  let same = 1;
  while (same < digits.length && digits.charCodeAt(same) === digits.charCodeAt(0)) same++;
  if (same === digits.length) return true; // one digit repeated (the test the pattern /^(\d)\1+$/ made)
  return '0123456789'.includes(digits) || '9876543210'.includes(digits);
}

/** The number the ASCII digits in [from, to) of `s` spell. */
function digitsValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** 20240517: a compact date, not a code. `digits` holds only ASCII digits here. */
function looksLikeDate(digits: string): boolean {
  if (digits.length !== 8) return false;
  const year = digitsValue(digits, 0, 4);
  const month = digitsValue(digits, 4, 6);
  const day = digitsValue(digits, 6, 8);
  return year >= 1970 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** 6–8 digits (or "123 456" as apps show them) right after a cue such as "code", "OTP" or "2FA code". */
function oneTimeCode(lower: LowerText, word: Word, links: LinkIndex): Word | null {
  const text = lower.text;
  let last = word;
  let digits = word.text;
  if (digits.length < 3 || digits.length > 8) return null; // neither "123" of "123 456" nor 6–8 digits
  if (THREE.test(digits)) {
    const next = nextWordWithin(text, word, 1);
    if (next !== null && THREE.test(next.text) && text[word.end] === ' ') {
      digits += next.text;
      last = next;
    }
  }
  if (!SIX_TO_EIGHT.test(digits) || looksLikeDate(digits) || looksLikePlaceholder(digits) || links.contains(word))
    return null;
  // Part of a longer number ("+1 555 0123 456789") or a numbered thing ("#123456").
  const prev = prevWordWithin(text, word, 2);
  if (prev !== null && /^[+#]?\d+$/.test(prev.text)) return null;
  const after = nextWordWithin(text, last, 2);
  if (after !== null && /^\d+$/.test(after.text)) return null;
  if (!namedNear(lower, word) && !namedAsSubject(lower, word)) return null;
  if (
    /^\s*(?:digits?|characters?|chars?|numbers?|times?|seconds?|minutes?|hours?|days?|downloads?)\b/.test(
      windowAfter(lower, last.end, 20),
    )
  )
    return null;
  return last;
}

/** A cue a few words before: "code I got was 123456", not a paragraph. */
function namedNear(lower: LowerText, word: Word): boolean {
  const near = windowBefore(lower, word.start, 40);
  const example = EXAMPLE_GIVEN.test(near) || VALUE_GIVEN.test(near);
  const before = example ? windowBefore(lower, word.start, 80) : near;
  const cue = lastCue(before);
  if (!cue || NOT_OTP_CUE.test(before.slice(0, cue.index))) return false;
  const between = before.slice(cue.index + cue[0].length);
  if (NOT_OTP_CUE.test(between)) return false;
  // "the codes are rejected every time (for example 402917 …)": a value given as an instance of the codes named.
  return !moreWordsThan(between, example ? 8 : 4);
}

/** A value offered as an example of what was just named: "for example", "e.g.", "such as". */
const EXAMPLE_GIVEN = /(?:\bfor (?:example|instance)|\be\.g\.?|\bsuch as|\bsay),?\s*$/;
/** Or its value at the moment: "the app shows codes for PyPI (right now it's 804 219)". */
const VALUE_GIVEN = /\b(?:right now|currently|at the moment),? it(?:'s| is| says| shows| reads)\s*$/;

/** What else a number can be, named anywhere between a code and its value. */
const OTHER_NUMBER =
  /\b(?:error|exit|status|area|country|zip|postal|promo|discount|issue|ticket|pr|request|case|order|invoice|number|(?:phone|tel|mobile) (?:number|no)|fax|version|build|job|run|line|port|pid|id|account|year)\b/;
/** "the last code the app showed me before the screen died was 739014": the code is the subject, its value ends it. */
const CODE_WAS = /\b(?:code|otp|totp|passcode)\b((?:(?!\bcode\b)[^.!?:;]){1,80}?)\b(?:was|is|were)\s*$/;

function namedAsSubject(lower: LowerText, word: Word): boolean {
  const before = windowBefore(lower, word.start, 100);
  const m = CODE_WAS.exec(before);
  return m !== null && !OTHER_NUMBER.test(m[1]!) && !NOT_OTP_CUE.test(before.slice(0, m.index));
}

/** Up to 15 groups of four right before `word`, one space apart, not yet judged: where "JBSW Y3DP …" starts. */
function groupsBefore(text: string, word: Word, done: number): Word[] {
  const groups: Word[] = [];
  for (
    let w = prevWordWithin(text, word, 1);
    w !== null && w.start >= done && groups.length < 15 && GROUP4.test(w.text);
    w = prevWordWithin(text, w, 1)
  ) {
    groups.push(w);
  }
  return groups.reverse();
}

/**
 * Recovery codes, TOTP secrets and one-time codes, judging words left to right; a secret spread over
 * several words takes them all. Only some words can start one: a code is digits, a recovery code is hex
 * (with a digit, or 16 letters a–f), a TOTP secret holds a digit 2–7 — in its first word, or in a later
 * group of four when written "JBSW Y3DP …". So two native scans (digits, hex runs) find the candidates,
 * and the words in between are never built.
 */
export function findContextSecrets(text: string, links: LinkIndex): SecretSpan[] {
  const out: SecretSpan[] = [];
  const lower = new LowerText(text);
  let done = 0; // every word starting before this has been judged, or taken into a secret
  const judge = (word: Word) => {
    if (word.start < done) return;
    done = word.end;
    if (word.text.length > 80) return;
    const code = recoveryCode(lower, word, links);
    if (code !== null) {
      out.push({ kind: 'recovery-code', start: word.start, end: code.end });
      done = code.end;
      return;
    }
    const totp = totpSecret(lower, word);
    if (totp !== null && !links.contains(word)) {
      out.push({ kind: 'totp-secret', start: word.start, end: totp.end });
      done = totp.end;
      return;
    }
    const otp = oneTimeCode(lower, word, links);
    if (otp !== null) {
      out.push({ kind: 'one-time-code', start: word.start, end: otp.end });
      done = otp.end;
    }
  };
  let digit = nextDigit(text, 0);
  let hex = nextHexRun(text, 0);
  while (digit < text.length || hex < text.length) {
    // A digit or a hex letter is never trimmed off, so the word around it exists.
    const word = wordAround(text, Math.min(digit, hex))!;
    if (word.start >= done && word.text.length === 4 && GROUP4.test(word.text))
      for (const group of groupsBefore(text, word, done)) judge(group);
    judge(word);
    if (digit < word.to) digit = nextDigit(text, word.to);
    if (hex < word.to) hex = nextHexRun(text, word.to);
  }
  return out;
}
