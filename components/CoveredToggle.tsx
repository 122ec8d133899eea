import type { MarkableId } from '../lib/engine/markable';
import { t } from '../lib/i18n/translate';
import type { MarksHandle } from './hooks/use-marks';

interface Props {
  id: MarkableId;
  marked: boolean;
  describedBy: string;
  handle: MarksHandle;
}

/**
 * "I've covered this": one toggle button whose name never changes, so a screen reader hears the same
 * control go from not pressed to pressed and back; the note under it says what a mark does and how it ends.
 */
export function CoveredToggle({ id, marked, describedBy, handle }: Props) {
  const noteId = `mark-note-${id.replace(/\./g, '-')}`;
  return (
    <div class="mark">
      <button
        type="button"
        class={`btn btn--toggle${marked ? ' btn--pressed' : ''}`}
        aria-pressed={marked}
        aria-describedby={`${describedBy} ${noteId}`}
        // Not `disabled` while a mark is on its way: a disabled button drops keyboard focus, and the writer
        // would have to find their place again. A press in that moment is ignored instead.
        aria-disabled={handle.pending !== null}
        onClick={() => {
          if (handle.pending === null) handle.mark(id, !marked);
        }}
      >
        {t('mark_button')}
      </button>
      <p class="mark__note" id={noteId}>
        {handle.failed === id ? t('mark_failed') : t(marked ? 'mark_note_marked' : 'mark_note_offer')}
      </p>
    </div>
  );
}
