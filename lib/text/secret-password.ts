import { isMasked, type SecretSpan } from './secret-scan';

/**
 * Values written after "password" / "passwd" / "pw" / "pwd" and a `:`, `=` or "is". People under stress
 * write "my password is lost", "password: I still know it", "password reset", so the value must look
 * like a password: quoted, or carrying a digit, a symbol or a capital inside the word, and not one of
 * the words people use to talk about their password.
 */

// The word in a few languages too: people paste the label their own PyPI or password manager shows.
const CUE = /\b(?:password|passwd|passphrase|passwort|senha|pw|pwd)\b|contrase(?:ñ|n)a|mot de passe|пароль|密码|パスワード/gi;
const SEPARATOR = /^[ \t]*(?:\*\*[ \t]*)?(?:(:|：|=|-(?=[ \t]))|[ \t](?:is|was)\b)[ \t]*(?:\*\*[ \t]*)?/i;
const QUOTES: Readonly<Record<string, string>> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' };

// Words that follow "password is" / "password:" in talk about a password, not in front of one.
const TALK = new Set(
  ('lost forgotten forgot not correct incorrect the same still known unknown wrong invalid fine ok okay ' +
    'working reset saved stored in on a an my also definitely probably expired changed compromised required ' +
    'needed long strong weak secure unchanged available unavailable irrelevant none no yes yet accepted ' +
    'rejected set there here what which that this it from with for to of by and or but only just already ' +
    'being been very too both either managed generated remembered kept fine valid good right n/a na ' +
    'unknown blank empty hidden removed redacted omitted ok. i we you he she they is was')
    .split(' '),
);

const SYMBOL = /[!@#$%^&*+=?~|\\<>{}[\];,]/;

function looksLikePassword(value: string, quoted: boolean, strong: boolean): boolean {
  const bare = value.replace(/[.,;:!?)]+$/, '');
  if (bare.length === 0 || isMasked(bare) || TALK.has(bare.toLowerCase())) return false;
  if (quoted) return bare.length >= 4;
  if (bare.length < (strong ? 4 : 6)) return false;
  return /[0-9]/.test(bare) || SYMBOL.test(bare) || /.[A-Z]/.test(bare);
}

export function findPasswords(text: string): SecretSpan[] {
  const out: SecretSpan[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const after = m.index + m[0].length;
    // The separator is short; look at a bounded slice so the anchored test stays cheap.
    const sep = SEPARATOR.exec(text.slice(after, after + 16));
    if (!sep) continue;
    const strong = sep[1] !== undefined; // ':' or '=' says a value follows; "is" may start a sentence
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
      end = start;
      while (end < text.length && end - start < 128 && !/\s/.test(text[end]!)) end++;
      // Sentence punctuation after the value is the writer's, not the password's.
      while (end > start && /[,;)\]]/.test(text[end - 1]!)) end--;
    }
    const value = text.slice(start, end);
    if (!looksLikePassword(value, quoted, strong)) continue;
    out.push({ kind: 'password', start, end });
    CUE.lastIndex = Math.max(CUE.lastIndex, end);
  }
  return out;
}
