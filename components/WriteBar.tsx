import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n/translate';
import { writeErrorText, type Writer } from './hooks/use-writes';

/**
 * What happened to the last write. After a change the Undo button takes the focus: the fix button that
 * was clicked usually disappears (its check now passes), and focus must not fall back to the page top.
 */
export function WriteBar({ writer }: { writer: Writer }) {
  const undoRef = useRef<HTMLButtonElement>(null);
  const last = writer.last;
  useEffect(() => {
    if (last?.result.ok && last.result.canUndo) undoRef.current?.focus();
  }, [last]);
  if (!last) return null;

  if (!last.result.ok) {
    return (
      <div class="writebar writebar--error" role="alert">
        <p>{writeErrorText(last.result)}</p>
        <button type="button" class="btn" onClick={writer.dismiss}>
          {t('write_dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div class="writebar">
      <p>{t(last.kind === 'undo' ? 'write_undone' : 'write_done')}</p>
      {last.result.canUndo && (
        <button
          type="button"
          class="btn"
          ref={undoRef}
          disabled={writer.busy}
          onClick={() => void writer.run({ kind: 'undo' })}
        >
          {t('write_undo')}
        </button>
      )}
    </div>
  );
}
