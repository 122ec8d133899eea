import { browser } from 'wxt/browser';
import { pluralForm, render, type Language, type MessageKey, type PluralBase, type Spoken } from '../engine/words';

/**
 * Every string the panel, the badge and the background show goes through here, in the browser's UI
 * language (public/_locales/<lang>/messages.json; English where a language has no such message). Keys are
 * typed by the English messages: a misspelt or missing key does not compile. When the browser has no message
 * at all (a test browser without i18n) the key itself is shown: a visible, searchable gap, never a blank.
 */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

function lookup(key: string, subs?: string | readonly string[]): string {
  let message = '';
  try {
    message = (browser.i18n.getMessage as GetMessage)(
      key,
      subs === undefined ? undefined : typeof subs === 'string' ? subs : [...subs],
    );
  } catch {
    message = '';
  }
  return message === '' ? key : message;
}

export function t(key: MessageKey, subs?: string | readonly string[]): string {
  return lookup(key, subs);
}

/** The browser's UI language ("de", "pt-BR"), English when it cannot say. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** Whether the reader reads the panel in English (then no translation is shown beside English wording). */
export function readsEnglish(): boolean {
  return /^en\b/i.test(uiLanguage()) || t('extName') === 'extName';
}

let cached: { tag: string; language: Language } | null = null;

/** The reader's language: its messages, list joining, plural rules and number format (Intl, built once). */
export function readerLanguage(): Language {
  const tag = uiLanguage();
  if (cached?.tag === tag) return cached.language;
  let plurals: Intl.PluralRules;
  let lists: Intl.ListFormat;
  let numbers: Intl.NumberFormat;
  try {
    plurals = new Intl.PluralRules(tag);
    lists = new Intl.ListFormat(tag, { type: 'conjunction' });
    numbers = new Intl.NumberFormat(tag);
  } catch {
    plurals = new Intl.PluralRules('en');
    lists = new Intl.ListFormat('en', { type: 'conjunction' });
    numbers = new Intl.NumberFormat('en');
  }
  const language: Language = {
    lookup: (key, subs) => lookup(key, subs),
    join: (items) => lists.format(items),
    category: (n) => plurals.select(n),
    number: (n) => numbers.format(n),
  };
  cached = { tag, language };
  return language;
}

/** A number the reader's way (digits, grouping). */
export function num(n: number): string {
  return readerLanguage().number(n);
}

/** What the engine said, in the reader's language. */
export function say(s: Spoken): string {
  return render(s, readerLanguage());
}

/**
 * A count in the reader's plural form: `plural('summary_fix', 3, [passed, total])` picks `summary_fix_few`
 * in Russian and `summary_fix_other` in English. The count, formatted, is the substitution after `subs`.
 */
export function plural(base: PluralBase, count: number, subs: readonly string[] = []): string {
  return pluralForm(readerLanguage(), base, count, subs);
}
