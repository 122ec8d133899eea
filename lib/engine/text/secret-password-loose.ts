import { overlapsRecent, overlapsSorted, type SecretSpan } from './secret-scan';

/**
 * Passwords given without a label right before them (secret-password.ts reads "password: X"): later in a
 * sentence about the password, in the sentence after it, or as a row of a password manager's export. With no
 * label to go by, only values that cannot be anything else count (strongShape).
 */

/** Symbols that make a word a password's shape (looked for by both readings). */
export const SYMBOL = /[!@#$%^&*+=?~|\\<>{}[\];,]/g;

/** Where the word for a password stands, and where it ends. */
export interface Cued {
  index: number;
  end: number;
}

/** Words joined by hyphens, dots or underscores, with a digit: "saffron-kite-77". */
const PASSPHRASE = /^(?=.*\d)[a-z]{3,}(?:[-_.][a-z0-9]{2,}){1,4}$/i;

/**
 * Two words or more and a number, joined by hyphens, dots or underscores ("harbour-lantern-58"): a passphrase,
 * not a version or a platform ("ubuntu-22.04" has one word).
 */
const PASSPHRASE_WORDS = /^[a-z]{3,}(?:[-_.][a-z]{3,}){1,3}[-_.]?\d{1,4}$/i;

/** Letters and digits, and nothing else a word can be (a link, an address, a version, a manager's name). */
function plainShape(value: string): boolean {
  if (value.length < 8 || value.length > 64 || /\s/.test(value)) return false;
  // Password managers named after what they keep: "my password (1Password)".
  if (/^(?:1password|keepass2\w*)$/i.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) return false;
  // A link, an address or a version is not a password; an @ inside a word ("Vl@dim1r") can be.
  return !(
    /^(?:https?:|www\.)|\/\//.test(value) ||
    /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value) ||
    /^\d[\d.,:/-]*$/.test(value) ||
    /^v?\d+(?:\.\d+)+/.test(value)
  );
}

/**
 * A value that can only be a password, for the places read here (no label right before it): 8 to 64
 * characters without spaces, with letters and digits, and a symbol or mixed case.
 */
function strongShape(value: string): boolean {
  if (!plainShape(value)) return false;
  SYMBOL.lastIndex = 0;
  return SYMBOL.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value));
}

/** "(its X)", "(= X)": a value said to be the password, not any word in brackets ("(version2024)"). */
const SAID_IN_BRACKETS = /^\(\s*(?:it's|it’s|its|it is|which is|that is|is|was|=|:)/i;

/**
 * The rest of the sentence after a position: up to its end, a line break, or 120 characters. A password's own
 * "!" or "?" ends it too ("(is Kolibri#77! , …)"): a value in brackets may run to the end.
 */
function restOfSentence(text: string, from: number): string {
  const window = text.slice(from, from + 120);
  const end = window.search(/[.!?](?=\s|$)|\n/);
  return end === -1 ? window : window.slice(0, end + 1);
}

// In a sentence about the password: "(it is X)", "(is X, …)", "(X)", "(now X)", "(still X, …)", "…, it's X" (or "its X", typed in a hurry), "the new one is X", "…, it was X", "it's still X", "which is X", "I typed X", "I type X",
// "I logged in with X", "`X`", "(the
// one in my manager: X)", the word itself followed by the value ("password Kestrel!Orchard77"), "changed it to
// X", "set as X" and an aside after a comma ("my usual password, X (I'll change it)").
const IN_PASSING =
  /\(\s*(?:(?:it's|it’s|its|it is|which is|that is|is|was|now|still|=|:)\s*)?([^\s()]{8,64})(?:\s*[),]|$)|\b(?:it's|it’s|its|it is|it was|which is|which was|that is|that was|(?:the|my) (?:new|old|current) one (?:is|was)|typed|entered|type in|(?:i|we) (?:type|enter)|(?:logged|signed|log|sign) in with)\s+(?:still\s+|now\s+|currently\s+)?[`'"“]?([^\s()`'"”]{8,64})|`([^\s`]{8,64})`|^[ \t]+([^\s()`'"]{8,64})(?=[\s,.;]|$)|:[ \t]+([^\s()`'"]{8,64})(?=[\s,.;)]|$)|\b(?:to|as)\s+[`'"“]?([^\s()`'"”]{8,64})|,\s+([^\s()`'"]{8,64})(?=[\s,.;)]|$)|\s\/\s*([^\s()`'"]{8,64})(?=[\s,.;)]|$)|\b(?:same|old|usual|current)\s+(?=\S*[!@#$%^&*+=?~|<>{}])([^\s()`'"]{8,64})(?=[\s,.;)]|$)|^\s*['"“]([^\s'"”]{8,64})['"”]/gi;

/**
 * A password given in passing later in a sentence that names the password: "my password (it is X if you
 * need to check)", "the one in my password manager (X)". Only values that cannot be anything else count.
 */
export function findPasswordsInPassing(
  text: string,
  cues: readonly Cued[],
  taken: readonly SecretSpan[],
): SecretSpan[] {
  const out: SecretSpan[] = [];
  // A value found in a window that starts at `from`; a closing full stop or comma is the writer's (a closing
  // ! or ? is as often the password's own).
  const keep = (v: RegExpExecArray, value: string, from: number) => {
    const raw = value.replace(/[.,;:]+$/, '');
    const start = from + v.index + v[0].indexOf(raw);
    const end = start + raw.length;
    // Right after the word, a passphrase of plain words and digits is the value too: "my old password saffron-kite-77".
    // Said to be the value ("(its wintermoon77)", "it is …", "my password 'tangerine42'"): letters and digits are
    // shape enough.
    const said = (v[1] !== undefined && SAID_IN_BRACKETS.test(v[0])) || v[2] !== undefined || v[10] !== undefined;
    // In brackets in a sentence about the password, a passphrase of words and a number is the value too:
    // "it hasn't changed (harbour-lantern-58, I'll rotate it)".
    const shaped =
      strongShape(raw) ||
      (v[4] !== undefined && PASSPHRASE.test(raw)) ||
      (v[1] !== undefined && PASSPHRASE_WORDS.test(raw)) ||
      (said && plainShape(raw));
    if (shaped && !overlapsSorted(taken, start, end) && !overlapsRecent(out, start, end))
      out.push({ kind: 'password', start, end });
  };
  // Each cue reads the rest of its own sentence (at most 120 characters, so the scan stays linear): a value
  // right after "password" counts even when "credentials" came earlier in the sentence.
  for (const cue of cues) {
    const from = cue.end;
    const sentence = restOfSentence(text, from);
    IN_PASSING.lastIndex = 0;
    for (let v = IN_PASSING.exec(sentence); v; v = IN_PASSING.exec(sentence)) {
      keep(v, v[1] ?? v[2] ?? v[3] ?? v[4] ?? v[5] ?? v[6] ?? v[7] ?? v[8] ?? v[9] ?? v[10] ?? '', from);
    }
    // The next sentence may give it by a pronoun or as typed: "I know my password. So you can check, it is X.",
    // "My password still works. It's X.", "… is still good. I type X and …". Only those forms are read there: a
    // name in backticks after a sentence about the password is as often a project. And only after a short
    // sentence that ends soon after the word: a long one has moved on to something else, and most cues are
    // mid-sentence and are done here.
    if (sentence.length > SHORT_REST || !/[.!?]$/.test(sentence)) continue;
    const next = from + sentence.length;
    const following = restOfSentence(text, next);
    IT_IS.lastIndex = 0;
    for (let v = IT_IS.exec(following); v; v = IT_IS.exec(following)) keep(v, v[1]!, next);
  }
  return out;
}

/** How much of a sentence may follow the word for the password for the next sentence to be about it: " still works.". */
const SHORT_REST = 24;

const IT_IS =
  /\b(?:it's|it’s|its|it is|it was|that's|that is|that was|(?:i|we) (?:type|typed|enter|entered))\s+(?:still\s+|now\s+|currently\s+)?[`'"“]?([^\s()`'"”]{8,64})/gi;

/**
 * A row of a password manager's export, as people paste it to show they know the password: three quoted fields
 * or more on one line ("PyPI","user","pass","https://pypi.org/…").
 */
const EXPORT_ROW = /^[ \t]*"[^"\n]*"(?:[ \t]*[,;\t][ \t]*"[^"\n]*"){2,}[ \t]*$/gm;
const FIELD = /"([^"\n]*)"/g;

/** The values in export rows that can only be passwords (the names, users and links in them are not). */
export function findExportedPasswords(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  // Most texts have no quoted row at all: two quotes and a comma between are looked for first.
  if (!text.includes('","') && !text.includes('", "') && !text.includes('";"')) return out;
  EXPORT_ROW.lastIndex = 0;
  for (let row = EXPORT_ROW.exec(text); row; row = EXPORT_ROW.exec(text)) {
    // The entry for PyPI, or for a site named by its link: not a row of package names or versions.
    if (!/https?:\/\/|\bpypi\b/i.test(row[0])) continue;
    FIELD.lastIndex = 0;
    for (let f = FIELD.exec(row[0]); f; f = FIELD.exec(row[0])) {
      if (!strongShape(f[1]!)) continue;
      const start = row.index + f.index + 1;
      out.push({ kind: 'password', start, end: start + f[1]!.length });
    }
  }
  return out;
}

/**
 * A login written as a pair, "name / secret": "our handover sheet lists the login as robo-team / RoboSoc!2024kb". The
 * second half is the password when it carries a digit and a capital or a symbol (not "pypi / github").
 */
const LOGIN_PAIR =
  /\b(?:login|log-in|sign-in|credentials|creds|user ?name and password)\b[^.\n]{0,30}?[\w.@-]{2,40}[ \t]*\/[ \t]*([^\s/]{6,64})/gi;

export function findLoginPairs(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  // Most texts write no login at all: one plain look first.
  if (!/\blog-?in\b|\bcreds?\b|\bcredentials\b|\bsign-in\b|\bname and password\b/i.test(text)) return out;
  LOGIN_PAIR.lastIndex = 0;
  for (let m = LOGIN_PAIR.exec(text); m; m = LOGIN_PAIR.exec(text)) {
    let value = m[1]!;
    while (/[.,;:!?)]$/.test(value)) value = value.slice(0, -1);
    if (!/\d/.test(value) || !(/[A-Z]/.test(value) || /[!@#$%^&*+=?~|\\<>{}[\]]/.test(value))) continue;
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ kind: 'password', start, end: start + value.length });
  }
  return out;
}
