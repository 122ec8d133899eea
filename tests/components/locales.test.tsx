import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Composer } from '../../components/Composer';
import { Panel } from '../../components/Panel';
import { buildReport } from '../../lib/engine/report';
import { EMPTY_ANSWERS, type Answers } from '../../lib/engine/templates/composer';
import type { Write } from '../../lib/protocol/messages';
import en from '../../public/_locales/en/messages.json';
import { formState, getMessage as englishMessage, recordingWriter } from './helpers';

/**
 * The panel in another language: the browser's messages of that locale (English where it has none), and
 * its UI language. What goes into the request must stay English whatever the panel speaks.
 */
const LOCALES = ['es', 'pt_BR', 'fr', 'de', 'ru', 'zh_CN', 'ja'] as const;
const modules = import.meta.glob<{ default: Record<string, { message: string }> }>(
  '../../public/_locales/*/messages.json',
  {
    eager: true,
  },
);
const messagesOf = (folder: string) => modules[`../../public/_locales/${folder}/messages.json`]!.default;

function speak(folder: string): Record<string, { message: string }> {
  const messages = messagesOf(folder);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(folder.replace('_', '-'));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const entry = messages[key] as { message: string; placeholders?: Record<string, { content: string }> } | undefined;
    if (!entry) return englishMessage(key, subs);
    const list = subs === undefined ? [] : typeof subs === 'string' ? [subs] : subs;
    const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    return entry.message.replace(/\$([a-z0-9_]+)\$/gi, (_, name: string) =>
      fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
    );
  }) as typeof fakeBrowser.i18n.getMessage);
  return messages;
}

beforeEach(() => fakeBrowser.reset());

// A first draft: a decorated username, a reason that says what broke but not when, what was tried or what
// remains.
const REPORT = buildReport({
  username: '@heron-dev',
  reason: 'My authenticator app is gone.',
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
});
const ENGLISH_WORDING = REPORT.checks.flatMap((c) =>
  c.suggestion && c.fix?.kind !== 'username' ? [c.suggestion] : [],
);

describe.each(LOCALES)('the panel in %s', (folder) => {
  it('inserts English wording, shows what it says in the reader’s language beside it, and fixes the username as is', async () => {
    const words = speak(folder);
    const { writes, write } = recordingWriter();
    render(
      <Panel
        loading={false}
        state={formState(REPORT)}
        write={write}
        openForm={() => undefined}
        answers={EMPTY_ANSWERS}
        onAnswers={() => undefined}
      />,
    );
    expect(document.body.textContent).toContain(words.group_reason!.message);
    const inserts = screen.getAllByRole('button', { name: words.fix_insert_button!.message });
    expect(inserts.length).toBe(ENGLISH_WORDING.length);
    // One write at a time, as the panel allows: each waits for the page's answer to the one before.
    for (let i = 0; i < inserts.length; i++) {
      fireEvent.click(screen.getAllByRole('button', { name: words.fix_insert_button!.message })[i]!);
      await waitFor(() => expect(writes).toHaveLength(i + 1));
    }
    const inserted = writes
      .filter((w): w is Extract<Write, { kind: 'insert' }> => w.kind === 'insert')
      .map((w) => w.text);
    expect(inserted.sort()).toEqual([...ENGLISH_WORDING].sort());
    // Beside each: the same wording in the reader's language, never instead of it.
    const translations = [...document.querySelectorAll('.translation__text')].map((e) => e.textContent);
    expect(translations.length).toBe(ENGLISH_WORDING.length);
    for (const t of translations) expect(ENGLISH_WORDING).not.toContain(t);

    const username = document.querySelector('[data-check="username.format"]') as HTMLElement;
    await waitFor(() =>
      expect((within(username).getByRole('button', { name: /`heron-dev`/ }) as HTMLButtonElement).disabled).toBe(false),
    );
    fireEvent.click(within(username).getByRole('button', { name: /`heron-dev`/ }));
    await waitFor(() => expect(writes.at(-1)).toEqual({ kind: 'username', value: '`heron-dev`' }));
  });

  it('composes the paragraph in English, with the reader’s version below', () => {
    speak(folder);
    const run = vi.fn();
    function Harness() {
      const [answers, setAnswers] = useState<Answers>({
        ...EMPTY_ANSWERS,
        lost: ['security_key'],
        access: ['password'],
      });
      return <Composer answers={answers} onChange={setAnswers} reason="" busy={false} run={run} open />;
    }
    render(<Harness />);
    const english = `${en.composer_out_lost.message.replace('$things$', en.composer_out_lost_security_key.message)} ${en.composer_out_access.message.replace('$things$', en.composer_out_access_password.message)}`;
    expect(screen.getByTestId('composer-preview').textContent).toBe(english);
    expect(document.querySelector('.translation__text')?.textContent).not.toBe(english);
    fireEvent.click(screen.getByRole('button', { name: messagesOf(folder).composer_insert!.message }));
    expect(run).toHaveBeenCalledWith({ kind: 'insert', text: english, at: 'end' });
  });
});
