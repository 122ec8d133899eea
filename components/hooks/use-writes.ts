import { useRef, useState } from 'preact/hooks';
import type { Write, WriteResult } from '../../lib/protocol/messages';
import { t } from '../../lib/i18n/translate';
import type { WriteFn } from './page-writer';

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
