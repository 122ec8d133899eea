import messages from '../../public/_locales/en/messages.json';

/**
 * The extension's words, by message key: public/_locales/<lang>/messages.json, English the default. The
 * engine says what it found as a `Said` (a key and its arguments), never as a finished sentence, so the
 * panel can show it in the reader's language while the CLI, the Action and the report contract read it in
 * English. Arguments are plain text (a username, a form label: shown as they are, never translated), other
 * sayings, or lists of either (joined the reader's way: "a, b and c").
 */
export type MessageKey = keyof typeof messages;

export type Word = string | Said | { list: readonly Word[] } | Counted;

/** Keys that come in plural forms: `<base>_one`, `<base>_other` (and `_few`, `_many`… where a language has them). */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer B}_other` ? (`${B}_one` extends MessageKey ? B : never) : never;
}[MessageKey];

/** A count in words: the form of `<base>_<category>` the language's plural rules pick, with the number as $1. */
export interface Counted {
  count: number;
  plural: PluralBase;
}
export interface Said {
  key: MessageKey;
  args?: readonly Word[];
}

/** A count said with the right plural form (`counted(3, 'email_count')` → "3 email addresses"). */
export const counted = (count: number, plural: PluralBase): Counted => ({ count, plural });

/** `not-linked` → `not_linked`, as a type too, so keys built from an enum's values are checked. */
export type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
export const snake = <S extends string>(s: S): Snake<S> => s.replace(/-/g, '_') as Snake<S>;

/** A saying; without arguments, just the key. */
export function said(key: MessageKey, ...args: Word[]): Said {
  return args.length > 0 ? { key, args } : { key };
}

/**
 * A saying as it travels and is stored (a key of any name): what render() reads. A key this version does not
 * know renders as itself, a visible gap, never a blank.
 */
export interface Spoken {
  key: string;
  args?: readonly SpokenWord[] | undefined;
}
export type SpokenWord = string | Spoken | { list: readonly SpokenWord[] } | { count: number; plural: string };

/** Looks up one message with its substitutions (the browser's getMessage, or English). */
export type Lookup = (key: string, substitutions: string[]) => string;

/** How one language puts words together: its messages, its lists, its plural rules and its numbers. */
export interface Language {
  lookup: Lookup;
  join(items: string[]): string;
  /** The CLDR plural category of a count: 'one', 'few', 'many', 'other'… */
  category(count: number): Intl.LDMLPluralRule;
  number(count: number): string;
}

/** Renders a saying: each argument first, innermost first; lists joined, counts in their plural form. */
export function render(s: Spoken, language: Language): string {
  if (s.args === undefined || s.args.length === 0) return language.lookup(s.key, []);
  return language.lookup(
    s.key,
    s.args.map((w) => renderWord(w, language)),
  );
}

function renderWord(w: SpokenWord, language: Language): string {
  if (typeof w === 'string') return w;
  if ('list' in w) return language.join(w.list.map((item) => renderWord(item, language)));
  if ('plural' in w) return pluralForm(language, w.plural, w.count);
  return render(w, language);
}

/**
 * A count in the language's plural form: `summary_fix` with 3 is `summary_fix_few` in Russian and
 * `summary_fix_other` in English; a form the language has but a translation lacks falls back to `_other`.
 * The count, formatted the language's way, is the substitution after `leading`.
 */
export function pluralForm(language: Language, base: string, count: number, leading: readonly string[] = []): string {
  const args = [...leading, language.number(count)];
  const key = `${base}_${language.category(count)}`;
  const form = language.lookup(key, args);
  return form !== '' && form !== key ? form : language.lookup(`${base}_other`, args);
}

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const ENGLISH: Readonly<Record<string, Entry>> = messages;

/** Each message's placeholders by lower-case name, built once per message. */
const placeholders = new WeakMap<Entry, Map<string, string>>();

function placeholdersOf(entry: Entry): Map<string, string> {
  let byName = placeholders.get(entry);
  if (!byName) {
    byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
    placeholders.set(entry, byName);
  }
  return byName;
}

/**
 * One message with its substitutions, as browsers do it: `$name$` names a placeholder whose content is
 * `$1`…`$9`, and `$$` is a literal dollar sign.
 */
function format(entry: Entry, substitutions: readonly string[]): string {
  // Most messages hold no substitution at all; every report renders each check's, so that case is kept cheap.
  if (!entry.message.includes('$')) return entry.message;
  const byName = placeholdersOf(entry);
  const fill = (content: string) => content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (whole, name?: string, n?: string) => {
    if (whole === '$$') return '$';
    if (name !== undefined) return fill(byName.get(name.toLowerCase()) ?? '');
    return substitutions[Number(n) - 1] ?? '';
  });
}

/** A message in English; the key itself when there is none (a visible gap, as in the panel). */
export function inEnglish(key: string, substitutions: string | readonly string[] = []): string {
  const entry = ENGLISH[key];
  if (!entry) return key;
  return format(entry, typeof substitutions === 'string' ? [substitutions] : substitutions);
}

const ENGLISH_PLURALS = new Intl.PluralRules('en');

export const ENGLISH_LANGUAGE: Language = {
  lookup: inEnglish,
  join: joinEnglish,
  category: (n) => ENGLISH_PLURALS.select(n),
  number: (n) => String(n),
};

/** "a", "a and b", "a, b and c". */
export function joinEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A saying in English: what the CLI, the Action and the report's `message` show. */
export function english(s: Said): string {
  return render(s, ENGLISH_LANGUAGE);
}
