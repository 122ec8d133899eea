import { useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/translate';
import { WriteResultSchema, type PanelToContent, type Write, type WriteResult } from '../../lib/protocol/messages';
import { writeErrorText as wordWriteError } from '../../lib/protocol/write-error';

export type WriteFn = (write: Write) => Promise<WriteResult>;

/** What the panel says when a write did not work (see lib/protocol/write-error.ts for the order of preference). */
export const writeErrorText = (result: WriteResult): string => wordWriteError(result, t, 'write_error_generic');

export interface WriteOutcome {
  /** What was asked: the panel words "Undone." differently from "Done.". */
  kind: Write['kind'];
  result: WriteResult;
}

export interface Writer {
  busy: boolean;
  last: WriteOutcome | null;
  run: (write: Write) => Promise<void>;
  dismiss: () => void;
}

/** One write at a time: a second click while the page is still answering is ignored, not queued. */
export function useWriter(write: WriteFn): Writer {
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<WriteOutcome | null>(null);
  const inFlight = useRef(false);

  const run = async (w: Write) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      const result = await write(w);
      setLast({ kind: w.kind, result });
    } catch {
      setLast({ kind: w.kind, result: { ok: false, error: t('write_error_generic'), canUndo: false } });
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  };
  return { busy, last, run, dismiss: () => setLast(null) };
}

/**
 * Sends one write to the content script of a tab and always resolves with a WriteResult, so views never
 * see a rejected promise: a closed or reloaded tab, or an odd reply, becomes a sentence for the user.
 */
export async function sendWrite(tabId: number | null, write: Write): Promise<WriteResult> {
  if (tabId === null) return { ok: false, error: t('write_error_no_tab'), canUndo: false };
  const message: PanelToContent = { type: 'write', write };
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, message);
  } catch {
    // "Receiving end does not exist" / "No tab with id": the page was closed, reloaded or navigated away.
    return { ok: false, error: t('write_error_tab_gone'), canUndo: false };
  }
  const parsed = WriteResultSchema.safeParse(reply);
  if (!parsed.success) return { ok: false, error: t('write_error_no_answer'), canUndo: false };
  if (!parsed.data.ok && !parsed.data.error) return { ...parsed.data, error: t('write_error_generic') };
  return parsed.data;
}
