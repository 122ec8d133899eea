/**
 * Cue lists: small, readable regular expressions run over the normalised reason (lib/text/analysis.ts).
 *
 * Every pattern here must stay linear: alternations of plain words, and gaps only as bounded runs
 * (`W{0,5}` below is "up to five words"), never nested quantifiers. The gap helpers keep that in one place.
 */

/**
 * Up to `n` words between two cues (words are runs of non-spaces, so this cannot backtrack badly), within one
 * sentence: a word that ends one ("wiped completely.") is not a gap word, so "the laptop was wiped. I still
 * know my password" does not pair the wipe with the password.
 */
export const gap = (n: number) => `(?:\\S*[^\\s.!?] ){0,${n}}`;
/** Punctuation between a cue and the gap, not a sentence's end. */
const joint = '[^\\w.!?]*';

/** Whole words, with a plural ending allowed (`phone` finds "phones"); `\\w*` in a cue widens it on purpose. */
const term = (alternatives: string) => `\\b(?:${alternatives})(?:s|es)?\\b`;

/** `a` then within `n` words `b`, or `b` then within `n` words `a`. */
export function near(a: string, b: string, n = 5): RegExp {
  return new RegExp(`${term(a)}${joint}${gap(n)}\\S*?${term(b)}|${term(b)}${joint}${gap(n)}\\S*?${term(a)}`);
}

/**
 * `near`, within one clause: no comma, colon, semicolon or bracket between the two, so "the password
 * (accepted), the old laptop (wiped)" does not pair the password with the wipe.
 */
export function nearInClause(a: string, b: string, n = 5): RegExp {
  const tight = '[^\\w.!?,;:()]*';
  // An aside in brackets is passed over whole: "the email on the account (my old mail) was shut down".
  const word = `(?:\\([^()]{0,60}\\) |[^\\s.!?,;:()]*[^\\s.!?,;:()] ){0,${n}}`;
  const rest = '[^\\s,;:()]*?';
  return new RegExp(`${term(a)}${tight}${word}${rest}${term(b)}|${term(b)}${tight}${word}${rest}${term(a)}`);
}

/** `a` followed within `n` words by `b`, in that order only (not named `then`: a module exporting `then` is a thenable and hangs `await import()`) ("codes … rejected", not "rejected … codes"). */
export function followedBy(a: string, b: string, n = 5): RegExp {
  return new RegExp(`${term(a)}${joint}${gap(n)}\\S*?${term(b)}`);
}

/** A whole-word alternation. */
export function words(alternatives: string): RegExp {
  return new RegExp(`\\b(?:${alternatives})\\b`);
}

/** A RegExp, or a cheaper test in front of one. */
/** Where `re` (global) last matches in `text`, or -1. */
export function lastMatch(re: RegExp, text: string): number {
  let at = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
  return at;
}

/** Sentences, split after a full stop, question or exclamation mark. */
export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}
const SENTENCE_END = /(?<=[.!?])\s+/;

export interface Cue {
  test(text: string): boolean;
}

export function matchesAny(text: string, cues: readonly Cue[]): boolean {
  for (const cue of cues) if (cue.test(text)) return true;
  return false;
}

// Shared vocabulary, so every rule means the same thing by "2FA device" or "email".
export const TWO_FA =
  '2fa|2 fa|f2a|2fac|mfa|two[- ]?factor|two[- ]?step|authenticat\\w*|otp|totp|authy|aegis|2fas|yubi ?key\\w*|security (?:key|token|device)|solo ?keys?|nitrokeys?|onlykeys?|fido2?|webauthn|passkeys?';
export const PHONE =
  'phone|iphone|smartphone|mobile|cellphone|cell phone|android|handset|pixel|galaxy|xiaomi|redmi|huawei|oneplus|samsung|motorola|nokia|oppo|vivo|realme';
export const DEVICE = `${PHONE}|device|laptop|computer|tablet|ipad`;
export const EMAIL = 'e-?mail|mailbox|inbox|mail address|email address|email id|gmail|outlook|hotmail';
export const CODES = 'recovery[- ]codes?|recover codes?|backup[- ]codes?|back-up codes?|recovery keys?|backup keys?';
export const NEG =
  "can't|cannot|can not|couldn't|could not|unable to|not able to|don't|do not|didn't|did not|no longer|never";
