/**
 * What someone typed into "PyPI Username", read the way a careful support volunteer would: strip the
 * decoration people add (quotes, brackets, `@`, a "username:" prefix, a pypi.org/user/ link) and say
 * whether what is left is one valid PyPI username.
 */

export type UsernameReading =
  | { kind: 'empty' }
  | { kind: 'exact'; name: string }
  | { kind: 'decorated'; name: string; fixed: string }
  | { kind: 'email'; text: string }
  | { kind: 'placeholder' }
  | { kind: 'several'; names: string[] }
  | { kind: 'invalid'; text: string; why: 'spaces' | 'characters' | 'length' | 'not-a-name' };

/** PyPI: letters, digits, `.`, `_`, `-`; starts and ends with a letter or digit; at most 50 characters. */
export const USERNAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,48}[A-Za-z0-9])?$/;
const EMAIL_LIKE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PLACEHOLDERS = new Set([
  'username',
  'user name',
  'pypi username',
  'your username',
  'my username',
  'user',
  'name',
  'none',
  'n/a',
  'na',
  '-',
]);
const PREFIX = /^(?:my\s+)?(?:pypi\s*)?(?:user(?:\s*name)?|login|account)(?:\s*[:=]\s*|\s+is\s+)/i;
const USER_LINK = /^(?:https?:\/\/)?(?:www\.)?(?:test\.)?pypi\.org\/user\/([^/?#\s]+)\/?(?:[?#]\S*)?$/i;
const MD_LINK = /^\[([^\]]{1,200})\]\(([^)\s]{1,500})\)$/;
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [
  ['`', '`'],
  ["'", "'"],
  ['"', '"'],
  ['\u2018', '\u2019'],
  ['\u201C', '\u201D'],
  ['\u2019', '\u2019'],
  ['[', ']'],
  ['(', ')'],
  ['<', '>'],
  ['*', '*'],
  ['_', '_'],
];

function unwrapOnce(text: string): string {
  let t = text.trim();
  const md = MD_LINK.exec(t);
  if (md) t = md[1]!;
  const link = USER_LINK.exec(t);
  if (link) return decodeURIComponentSafe(link[1]!);
  t = t.replace(PREFIX, '');
  for (const [open, close] of WRAPPERS) {
    if (t.length >= 2 && t.startsWith(open) && t.endsWith(close))
      return t.slice(open.length, t.length - close.length).trim();
  }
  if (t.startsWith('@')) return t.slice(1);
  // A sentence-ending full stop is not part of a name (names end with a letter or digit).
  return t.replace(/[.,;:!]+$/, '');
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function readUsername(typed: string): UsernameReading {
  const text = typed
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u2060\uFEFF]/g, '')
    .trim();
  if (text === '') return { kind: 'empty' };
  if (text.length > 300) return { kind: 'invalid', text: text.slice(0, 60), why: 'not-a-name' };
  const exact = /^`([^`\s]+)`$/.exec(text);
  if (exact && USERNAME_PATTERN.test(exact[1]!)) {
    return PLACEHOLDERS.has(exact[1]!.toLowerCase()) ? { kind: 'placeholder' } : { kind: 'exact', name: exact[1]! };
  }
  // Inside the backticks, as the form asks, what is typed is the name: a closing full stop or markdown's
  // `_…_` is part of it there, not a sentence's end or emphasis, and a name cannot start or end with them, so
  // support would not guess which name was meant. (Quotes, an @, a link or an address keep their own reading.)
  const typedAsName = exact?.[1];
  if (
    typedAsName &&
    (/[.,;:!]$/.test(typedAsName) || /^[_*].*[_*]$/.test(typedAsName)) &&
    !EMAIL_LIKE.test(typedAsName)
  )
    return { kind: 'invalid', text: typedAsName, why: 'characters' };
  let inner = text;
  for (let i = 0; i < 6; i++) {
    const next = unwrapOnce(inner);
    if (next === inner) break;
    inner = next;
  }
  if (inner === '') return { kind: 'empty' };
  if (PLACEHOLDERS.has(inner.toLowerCase())) return { kind: 'placeholder' };
  if (EMAIL_LIKE.test(inner)) return { kind: 'email', text: inner };
  const parts = inner.split(/\s*(?:,|;|\/|\n|\bor\b|\band\b|&)\s*/i).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => USERNAME_PATTERN.test(unwrapOnce(p)))) {
    return { kind: 'several', names: parts.map(unwrapOnce) };
  }
  if (USERNAME_PATTERN.test(inner)) return { kind: 'decorated', name: inner, fixed: `\`${inner}\`` };
  if (inner.length > 50 && /^[A-Za-z0-9._-]+$/.test(inner)) return { kind: 'invalid', text: inner, why: 'length' };
  if (/\s/.test(inner))
    return { kind: 'invalid', text: inner, why: /^[\w.-]+(?: [\w.-]+){1,2}$/.test(inner) ? 'spaces' : 'not-a-name' };
  return { kind: 'invalid', text: inner, why: 'characters' };
}
