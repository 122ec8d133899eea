import { MASK_WORD, overlapsSorted, type SecretSpan } from './secret-scan';
import {
  SYMBOL,
  findExportedPasswords,
  findLoginPairs,
  findPasswordsInPassing,
  type Cued,
} from './secret-password-loose';

/**
 * Values written after "password" / "passwd" / "pw" / "pwd" and a `:`, `=` or "is". People under stress
 * write "my password is lost", "password: I still know it", "password reset", so the value must look
 * like a password: quoted, or carrying a digit, a symbol or a capital inside the word, and not one of
 * the words people use to talk about their password.
 */

// The word in a few languages too: people paste the label their own PyPI or password manager shows; the short
// "pass:" only as a line's label ("login: x" then "pass: y") or as "my pass is", where it can mean nothing else.
const CUE =
  /\b(?:pass(?=[ \t]*[:=])(?<=(?:^|\n|[-*•] )pass)|pass(?=[ \t]+is\b)(?<=\bmy pass)|passwords?|passwd|passphrase|passwort|senha|pw|pwd|(?:login|sign-in) (?:details|credentials)|credentials)\b|contrase(?:ñ|n)a|mot de passe|пароль|密码|パスワード/gi;
/** Bold around a label, as templates and tables write it: "**Password:** x". */
const BOLD = '(?:\\*\\*[ \\t]*)?';
/** Not the password but a thing named after it: "password manager", "password reset link is…". */
const NOT_THE_PASSWORD =
  '(?![ \\t]+(?:manager|managers|vault|app|reset|resets|hint|hints|field|prompt|policy|requirements?|change|changes)\\b)';
/**
 * A mark that says a value follows, captured (after it a shorter value counts): "password: x", "password = x",
 * and a table's next cell ("| Password I remember | x |").
 */
const MARK = `(:|：|=|${NOT_THE_PASSWORD}(?:[ \\t]+[^\\s|]+){0,3}[ \\t]*\\|)`;
/**
 * A dash, captured: a value may follow ("password - x", "the password — x, unchanged") or an aside ("my password —
 * PyPI accepts it"), so what follows must carry a digit or a symbol.
 */
const DASH = '([-–—](?=[ \\t]))';
/**
 * The value said: "password is x", the spoken "my password, it's x", and a few words between ("the password I've
 * been using is x", "the password currently set on the account is x"), then "now", "currently" or "set to".
 */
const SAID = `(?:,?[ \\t](?:it's|it’s|it is|which is|is|was)|${NOT_THE_PASSWORD}(?:[ \\t]+[a-z']+){1,5}[ \\t]+(?:is|was)|,[^,.\\n]{1,60},[ \\t]+(?:is|was))\\b(?:[ \\t]+(?:now|currently|still|temporarily))?(?:[ \\t]+set to)?`;
const SEPARATOR = new RegExp(`^[ \\t]*${BOLD}(?:${MARK}|${DASH}|${SAID})[ \\t]*${BOLD}`, 'i');
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' };

// Words that follow "password is" / "password:" in talk about a password, not in front of one.
const TALK = new Set(
  (
    'lost forgotten forgot not correct incorrect the same still known unknown wrong invalid fine ok okay ' +
    'working reset saved stored in on a an my also definitely probably expired changed compromised required ' +
    'needed long strong weak secure unchanged available unavailable irrelevant none no yes yet accepted ' +
    'rejected set there here what which that this it from with for to of by and or but only just already ' +
    'being been very too both either managed generated remembered kept fine valid good right n/a na ' +
    'unknown blank empty hidden removed redacted omitted ok. i we you he she they is was'
  ).split(' '),
);

const TALK_MAX = Math.max(...[...TALK].map((w) => w.length));

/**
 * Where a global regex next matches at or after a position, remembered: labels stand in rising order,
 * and a value may run on for 128 characters, so with `password:` repeated the same characters would
 * otherwise be searched again for every label. Only for patterns that look neither back nor at `\b`.
 */
class NextMatch {
  private from = -1;
  private found = -1;
  constructor(
    private readonly text: string,
    private readonly re: RegExp,
  ) {}
  at(pos: number): number {
    if (pos < this.from || pos > this.found) {
      this.re.lastIndex = pos;
      this.from = pos;
      this.found = this.re.exec(this.text)?.index ?? this.text.length;
    }
    return this.found;
  }
}

/** The checks a value must pass, each a search over it; looked up once per text through NextMatch. */
function valueScans(text: string) {
  const scan = (re: RegExp) => new NextMatch(text, re);
  return {
    space: scan(/\s/g),
    digit: scan(/[0-9]/g),
    symbol: scan(SYMBOL),
    upper: scan(/[A-Z]/g),
    // Asterisks hide a value in a run ("Hunt****"); one between words is the password's own ("Kettle*Moor*22").
    maskChar: scan(/\*{2,}|[•●·…]/g),
    dots: scan(/\.\.\./g),
    xs: scan(/x{4,}|X{4,}/g),
  };
}

/**
 * Whether text[start, end) looks like a password; the same judgement as isMasked plus the shape test
 * on the value with its final punctuation cut, but each "contains" test is a remembered search.
 */
function looksLikePassword(
  text: string,
  start: number,
  end: number,
  quoted: boolean,
  strong: boolean,
  at: ReturnType<typeof valueScans>,
  dashed = false,
): boolean {
  let e = end;
  while (e > start && /[.,;:!?)]/.test(text[e - 1]!)) e--;
  if (e === start) return false;
  const bare = text.slice(start, e);
  if (MASK_WORD.test(bare) || /^[xX0.#_-]+$/.test(bare)) return false;
  if (at.maskChar.at(start) < e || at.dots.at(start) + 3 <= e || at.xs.at(start) + 4 <= e) return false;
  // Lower-casing never shortens a string by half, so longer values cannot be one of the TALK words.
  if (bare.length <= 2 * TALK_MAX && TALK.has(bare.toLowerCase())) return false;
  if (quoted) return bare.length >= 4;
  if (bare.length < (strong ? 4 : 6)) return false;
  if (dashed) return at.digit.at(start) < e || at.symbol.at(start) < e;
  return at.digit.at(start) < e || at.symbol.at(start) < e || at.upper.at(start + 1) < e;
}

export function findPasswords(text: string): SecretSpan[] {
  // The words are found once, for both readings: a text about its password names it on every other line.
  const cues: Cued[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) cues.push({ index: m.index, end: m.index + m[0].length });
  const labelled = findLabelledPasswords(text, cues);
  const found = [...labelled, ...findPasswordsInPassing(text, cues, labelled)].sort((a, b) => a.start - b.start);
  // Export rows and login pairs are rare: the values found so far are sorted once, and only searched when there are
  // some.
  const exported = [...findExportedPasswords(text), ...findLoginPairs(text)].filter(
    (e) => !overlapsSorted(found, e.start, e.end),
  );
  return exported.length === 0 ? found : [...found, ...exported].sort((a, b) => a.start - b.start);
}

/** A username given just before, bare, and a comma: "username kiptoo-rono, " (then "password X"). */
const CREDENTIALS_PAIR = /\b(?:user ?name|login|user)[ \t]+[\w.@-]+[ \t]*[,;/][ \t]*(?:and[ \t]+)?$/i;

function pairedWithAUsername(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  // Most cues have no username before them: a plain search first.
  return (before.includes('user') || before.includes('login')) && CREDENTIALS_PAIR.test(before);
}

/** Values right after a label: "password: X", "password is X", "my password, it's X". */
function findLabelledPasswords(text: string, cues: readonly Cued[]): SecretSpan[] {
  const out: SecretSpan[] = [];
  const at = valueScans(text);
  let done = 0;
  for (const cue of cues) {
    if (cue.index < done) continue; // inside a value already taken
    const after = cue.end;
    // The separator is short; look at a bounded slice so the anchored test stays cheap.
    // "(username kiptoo, password Rift#2019)": after a username given the same way, a space is the separator.
    const sep =
      SEPARATOR.exec(text.slice(after, after + 80)) ??
      (pairedWithAUsername(text, cue.index) ? /^[ \t]+/.exec(text.slice(after, after + 8)) : null);
    if (!sep) continue;
    const strong = sep[1] !== undefined; // ':' or '=' says a value follows; "is" may start a sentence
    const dashed = sep[2] !== undefined;
    let start = after + sep[0].length;
    let end: number;
    let quoted = false;
    const close = QUOTES[text[start] ?? ''];
    if (close !== undefined) {
      const inside = text.slice(start + 1, start + 130);
      const stop = inside.indexOf(close);
      if (stop === -1 || inside.slice(0, stop).includes('\n')) continue;
      quoted = true;
      start += 1;
      end = start + stop;
    } else {
      end = Math.min(at.space.at(start), start + 128, text.length);
      // Sentence punctuation after the value is the writer's, not the password's.
      while (end > start && /[,;)\]]/.test(text[end - 1]!)) end--;
    }
    if (!looksLikePassword(text, start, end, quoted, strong || dashed, at, dashed)) continue;
    out.push({ kind: 'password', start, end });
    done = end;
  }
  return out;
}
