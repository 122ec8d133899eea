/**
 * The panel in the reader's language, the request in English: one journey per locale, written once against
 * the browser-neutral driver and run in Chromium and Firefox (locales-*.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { eachFreshIn } from './driver/run-in';
import type { Driver } from './driver/types';
import { FORM_PATH, ROOT } from './harness';
import { snapshotOf } from './steps';

/** Every locale beside English: the folder in public/_locales, and the browser's language tag. */
export const LOCALES = [
  { folder: 'es', tag: 'es' },
  { folder: 'pt_BR', tag: 'pt-BR' },
  { folder: 'fr', tag: 'fr' },
  { folder: 'de', tag: 'de' },
  { folder: 'ru', tag: 'ru' },
  { folder: 'zh_CN', tag: 'zh-CN' },
  { folder: 'ja', tag: 'ja' },
] as const;
export type Locale = (typeof LOCALES)[number];

type Messages = Record<string, { message: string }>;
export const messagesOf = (folder: string): Messages =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', folder, 'messages.json'), 'utf8')) as Messages;

/** A message as the browser shows it, for the assertions: placeholders dropped, the literal text kept. */
const literal = (message: string) => message.replace(/\$[A-Za-z0-9_]+\$/g, '').trim();

/** The panel's narrowest width (Chrome's side panel and Firefox's sidebar go no narrower in practice). */
export const NARROWEST = 320;

export async function panelSpeaks(d: Driver, locale: Locale): Promise<void> {
  const words = messagesOf(locale.folder);
  const english = messagesOf('en');
  expect((await d.uiLanguage()).toLowerCase().startsWith(locale.tag.toLowerCase().slice(0, 2))).toBe(true);

  const tab = await d.open(FORM_PATH);
  await tab.fill('PyPI Username', '@octo-maintainer');
  await tab.fill('Reason for request', 'My authenticator app is gone and I need my account back.');
  await expect
    .poll(async () => (await snapshotOf(d, tab.id))?.reason)
    .toBe('My authenticator app is gone and I need my account back.');
  const panel = await d.openPanel(tab.id);
  await expect.poll(() => panel.text()).toContain(words.group_reason!.message);
  const text = await panel.text();
  // The panel's own words and the engine's why are the locale's, and the page says which language it is in.
  expect(text).toContain(words.group_reason!.message);
  expect(text).toContain(literal(words.why_circumstances_fail!.message).slice(0, 30));
  expect(await panel.lang()).toMatch(new RegExp(`^${locale.tag.slice(0, 2)}`, 'i'));
  expect(await panel.overflowAt(NARROWEST)).toEqual([]);

  // Wording goes into the request in English, with the locale's translation beside it in the panel.
  const insert = words.fix_insert_button!.message;
  expect(text).toContain(literal(words.wording_circumstances_two_factor!.message).slice(0, 12));
  await panel.click(insert, 'reason.circumstances');
  await expect.poll(() => tab.value('Reason for request')).toContain(english.wording_circumstances_two_factor!.message);
  // The username fix is a name, the same in every language.
  await panel.click(/`octo-maintainer`/, 'username.format');
  await expect.poll(() => tab.value('PyPI Username')).toBe('`octo-maintainer`');
  await panel.close();
  await tab.close();
}

/** The locale journeys in one browser, a fresh one per locale (the language is a launch setting). */
export function localeJourneysIn(browser: string, launch: (language: string) => Promise<Driver>): void {
  eachFreshIn(
    `the panel in the browser language, ${browser}`,
    (locale) => launch(locale.tag),
    LOCALES,
    (locale) => `${locale.tag}: speaks it, fits at the narrowest width, and inserts English`,
    panelSpeaks,
  );
}
