import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Check, Report } from '../../lib/engine/form/schema';
import type { Write, WriteResult } from '../../lib/protocol/messages';
import type { TabState } from '../../lib/protocol/storage';
import { EMPTY_ANSWERS } from '../../lib/engine/templates/composer';
import { Panel } from '../../components/Panel';
import messages from '../../public/_locales/en/messages.json';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const MESSAGES: Record<string, Entry> = messages;

/** The browser's getMessage, as Chrome does it: `$name$` → placeholder content → `$1`… substitutions. */
export function getMessage(key: string, subs?: string | string[]): string {
  const entry = MESSAGES[key];
  if (!entry) return '';
  const list = subs === undefined ? [] : typeof subs === 'string' ? [subs] : subs;
  const fill = (s: string) => s.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([a-z_]+)\$/gi, (_, name: string) =>
    fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
  );
}

/** Fresh fake browser with real English messages, so tests read like what a user sees. */
export function resetBrowser(): void {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as typeof fakeBrowser.i18n.getMessage);
}

export const ALL_FIELDS: Report['fields'] = {
  username: 'octo-cat',
  reason: 'I lost my phone.',
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
};

/** A hand-made report: the given checks, with a score that counts non-failing ones (like the badge). */
export function makeReport(checks: Check[], fields: Partial<Report['fields']> = {}): Report {
  const passed = checks.filter((c) => c.status !== 'fail').length;
  return {
    ready: checks.every((c) => c.status !== 'fail'),
    score: { passed, total: checks.length },
    checks,
    fields: { ...ALL_FIELDS, ...fields },
  };
}

export function formState(report: Report): TabState {
  return { status: 'form', snapshot: null, report, updatedAt: 1 };
}

/** A write function that records what was asked and answers like the content script would. */
export function recordingWriter(reply: Partial<WriteResult> = {}) {
  const writes: Write[] = [];
  const write = vi.fn(async (w: Write): Promise<WriteResult> => {
    writes.push(w);
    return { ok: true, canUndo: true, ...reply };
  });
  return { writes, write };
}

export function renderPanelProps(state: TabState | null, write = recordingWriter().write) {
  return (
    <Panel
      loading={false}
      state={state}
      write={write}
      openForm={() => undefined}
      answers={EMPTY_ANSWERS}
      onAnswers={() => undefined}
    />
  );
}
