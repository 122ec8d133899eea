import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fireEvent, render } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { GROUP_ORDER, titleKey } from '../../lib/engine/checks';
import { writeErrorKey } from '../../lib/protocol/write-error';
import { CHECK_IDS } from '../../lib/engine/form/schema';
import { WRITE_ERROR_CODES } from '../../lib/protocol/write-error';
import { buildReport } from '../../lib/engine/report';
import { AFTER_YOU_FILE, BEFORE_YOU_FILE } from '../../lib/engine/templates/advice';
import { ACCESS_CHOICES, LOST_CHOICES } from '../../lib/engine/templates/composer';
import messages from '../../public/_locales/en/messages.json';
import { formState, renderPanelProps, resetBrowser } from './helpers';

/**
 * Every word the panel shows must come from public/_locales (so it can be translated); only the engine's
 * rule messages and the user's own text may reach the screen another way.
 */
const DIR = path.resolve(__dirname, '../../components');
const SOURCES = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(path.join(DIR, f), 'utf8') }));
/** Only .tsx files hold markup; .ts files (hooks, the page writer) still call t() for their messages. */
const MARKUP = SOURCES.filter(({ file }) => file.endsWith('.tsx'));
const KNOWN = new Set(Object.keys(messages));

const stripComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Keys written out in `t('…')` calls, including both arms of `t(cond ? 'a' : 'b')`. */
function literalKeys(src: string): string[] {
  const keys: string[] = [];
  for (const call of stripComments(src).matchAll(/\bt\(\s*([^,)]*)/g)) {
    const arg = call[1] ?? '';
    const result = arg.includes('?') ? arg.slice(arg.indexOf('?')) : arg;
    for (const lit of result.matchAll(/'([A-Za-z][\w]*)'/g)) keys.push(lit[1]!);
  }
  for (const attr of src.matchAll(/legendKey="([\w]+)"/g)) keys.push(attr[1]!);
  return keys;
}

/** English written straight into markup: JSX text, or a label-like attribute given a literal. */
function hardCodedText(src: string): string[] {
  const code = stripComments(src);
  const found: string[] = [];
  // Text between a tag's `>` (not an arrow's `=>`) and the next `<`; code (`;`, `=`, parentheses) is not text.
  for (const m of code.matchAll(/(?<!=)>([^<>{}]*)</g)) {
    const text = (m[1] ?? '').trim();
    if (/[A-Za-z]{2,}/.test(text) && !/[;=()|&]/.test(text)) found.push(text);
  }
  for (const m of code.matchAll(/\b(aria-label|title|placeholder|alt|aria-valuetext)="([^"]*[A-Za-z][^"]*)"/g))
    found.push(`${m[1]}="${m[2]}"`);
  for (const m of code.matchAll(/\{\s*'([^']*[A-Za-z]{2,}[^']*)'\s*\}/g)) found.push(m[1]!);
  return found;
}

beforeEach(resetBrowser);

describe('the detectors themselves', () => {
  it('see English in markup and keys in t() calls', () => {
    const bad = `const x = <p class="a">Hello there</p>; const y = <b aria-label="Close it" />; <i>{'Plain words'}</i>`;
    expect(hardCodedText(bad)).toEqual(['Hello there', 'aria-label="Close it"', 'Plain words']);
    expect(hardCodedText(`<span aria-hidden="true"> → </span>{' '}<b>{t('x_y')}</b>`)).toEqual([]);
    expect(literalKeys(`t(n === 1 ? 'a_one' : 'a_other', [x]); t('loading'); t(\`k_\${id}\`)`)).toEqual([
      'a_one',
      'a_other',
      'loading',
    ]);
  });
});

describe('strings in components/', () => {
  it('no English is written straight into the markup', () => {
    const found = MARKUP.flatMap(({ file, text }) => hardCodedText(text).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });

  it('every key written out in a t() call has an English message', () => {
    const keys = SOURCES.flatMap(({ file, text }) => literalKeys(text).map((k) => ({ file, k })));
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter(({ k }) => !KNOWN.has(k)).map(({ file, k }) => `${file}: ${k}`)).toEqual([]);
  });

  it('every key built from a check, group, status, composer question, advice item or write failure code has a message', () => {
    const built = [
      ...CHECK_IDS.map(titleKey),
      ...GROUP_ORDER.map((g) => `group_${g}`),
      ...['pass', 'warn', 'fail'].map((s) => `status_${s}`),
      ...LOST_CHOICES.map((c) => `composer_lost_${c}`),
      ...ACCESS_CHOICES.map((c) => `composer_access_${c}`),
      ...['lostOther', 'when', 'tried', 'projects'].flatMap((q) => [`composer_${q}_label`, `composer_${q}_hint`]),
      ...[...BEFORE_YOU_FILE, ...AFTER_YOU_FILE].flatMap((i) => [i.key, ...(i.linkKey ? [i.linkKey] : [])]),
      ...WRITE_ERROR_CODES.map(writeErrorKey),
    ];
    expect(built.filter((k) => !KNOWN.has(k))).toEqual([]);
  });
});

/** Text that looks like a message key: what t() shows when a message is missing. */
function rawKeys(root: Element): string[] {
  const key = /^[a-z]+(?:_[a-zA-Z]+)+$/;
  const texts = [...root.querySelectorAll('*')].flatMap((el) => [
    ...[...el.childNodes].filter((n) => n.nodeType === 3).map((n) => (n.textContent ?? '').trim()),
    el.getAttribute('aria-label') ?? '',
    el.getAttribute('title') ?? '',
  ]);
  return texts.filter((t) => key.test(t));
}

describe('the rendered panel', () => {
  const requests = {
    empty: { username: '', reason: '', recoveryCodes: false, codeOfConduct: false, acknowledgement: false },
    leaky: {
      username: 'https://pypi.org/user/octo-cat/',
      reason:
        'Mein Handy ist weg. My password is hunter2hunter2 and write to octo@example.org. Please rename my project.',
      recoveryCodes: true,
      codeOfConduct: false,
      acknowledgement: true,
    },
  };

  it.each(Object.entries(requests))(
    'shows no untranslated key for the %s request, every section open',
    (_, request) => {
      const { container } = render(renderPanelProps(formState(buildReport(request))));
      container.querySelectorAll('details').forEach((d) => {
        d.open = true;
      });
      // "Something else" reveals one more question.
      const other = container.querySelector<HTMLInputElement>('#composer_lost-other');
      if (other) fireEvent.click(other);
      expect(container.querySelectorAll('.check').length).toBe(CHECK_IDS.length);
      expect(rawKeys(container)).toEqual([]);
    },
  );

  it('shows no untranslated key when no form is open', () => {
    const { container } = render(renderPanelProps(null));
    container.querySelectorAll('details').forEach((d) => {
      d.open = true;
    });
    expect(container.textContent).not.toBe('');
    expect(rawKeys(container)).toEqual([]);
  });
});
