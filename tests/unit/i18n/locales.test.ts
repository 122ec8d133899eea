import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(__dirname, '../../../public/_locales');

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, Entry>;

const read = (folder: string): Messages =>
  JSON.parse(readFileSync(path.join(DIR, folder, 'messages.json'), 'utf8')) as Messages;
const EN = read('en');
const LOCALES = readdirSync(DIR).filter((f) => f !== 'en');
/** The English message's named placeholders, as used in its text. */
const used = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
/** Keys that come in plural forms: `<base>_one` / `<base>_other`. */
const PLURAL_BASES = Object.keys(EN)
  .filter((k) => k.endsWith('_other') && `${k.slice(0, -'_other'.length)}_one` in EN)
  .map((k) => k.slice(0, -'_other'.length));
const bcp47 = (folder: string) => folder.replace('_', '-');

describe('the locales', () => {
  it('are the seven the panel promises, beside English', () => {
    expect(LOCALES.sort()).toEqual(['de', 'es', 'fr', 'ja', 'pt_BR', 'ru', 'zh_CN']);
  });

  it.each(LOCALES)('%s has every key, with the same placeholders, and no empty message', (folder) => {
    const messages = read(folder);
    const missing = Object.keys(EN).filter((k) => !(k in messages));
    expect(missing).toEqual([]);
    for (const [key, en] of Object.entries(EN)) {
      const entry = messages[key]!;
      expect(entry.message.trim(), key).not.toBe('');
      expect(entry.placeholders ?? {}, key).toEqual(en.placeholders ?? {});
      // Every placeholder English uses, and none it does not define.
      const defined = new Set(Object.keys(en.placeholders ?? {}).map((p) => p.toLowerCase()));
      expect(
        used(entry.message).filter((p) => !defined.has(p)),
        key,
      ).toEqual([]);
      for (const p of new Set(used(en.message))) expect(used(entry.message), `${key} keeps $${p}$`).toContain(p);
    }
  });

  it.each(LOCALES)('%s has a form for every plural category its language uses, and no stray keys', (folder) => {
    const messages = read(folder);
    const categories = new Intl.PluralRules(bcp47(folder)).resolvedOptions().pluralCategories;
    for (const base of PLURAL_BASES)
      for (const c of categories) expect(messages, `${base}_${c}`).toHaveProperty(`${base}_${c}`);
    const allowed = new Set([...Object.keys(EN), ...PLURAL_BASES.flatMap((b) => categories.map((c) => `${b}_${c}`))]);
    expect(Object.keys(messages).filter((k) => !allowed.has(k))).toEqual([]);
  });

  it.each(['en', ...LOCALES])(
    '%s holds no "$`", "$\'" or "$&" (replacement patterns that break the typed keys)',
    (folder) => {
      const bad = Object.entries(read(folder)).filter(([, e]) => /\$[`'&]/.test(e.message));
      expect(bad.map(([k]) => k)).toEqual([]);
    },
  );

  it.each(LOCALES)('%s keeps the form’s own words in English, where the writer must find them', (folder) => {
    const messages = read(folder);
    // The box names the checklist asks the writer to look for on GitHub's page.
    for (const key of ['why_box_untick', 'why_reason_empty', 'why_username_missing'])
      expect(messages[key]!.message, key).toMatch(/\$(?:label|option)\$/);
    expect(messages.extName!.message).toBe(EN.extName!.message);
  });
});
