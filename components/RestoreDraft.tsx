import { restoreOffer } from '../lib/protocol/drafts';
import type { Snapshot, Write } from '../lib/protocol/messages';
import { t } from '../lib/i18n/translate';
import type { DraftHandle } from './hooks/use-draft';

interface Props {
  handle: DraftHandle;
  snapshot: Snapshot | null;
  busy: boolean;
  run: (write: Write) => void;
}

/**
 * After a reload, a crash or GitHub discarding the form: offers the text the user had typed. Putting it
 * back is an ordinary write (undoable from the panel, and with Ctrl+Z in the page).
 */
export function RestoreDraft({ handle, snapshot, busy, run }: Props) {
  const offer = restoreOffer(handle.draft, snapshot);
  if (!offer) return null;
  return (
    <section class="notice" aria-labelledby="draft-title">
      <h2 id="draft-title">{t('draft_title')}</h2>
      <p>{t('draft_body')}</p>
      {offer.preview !== '' && (
        <p>
          <q class="draft__preview">{offer.preview}</q>
        </p>
      )}
      <div class="draft__actions">
        <button
          type="button"
          class="btn btn--primary"
          disabled={busy}
          onClick={() => run({ kind: 'restore', username: offer.username, reason: offer.reason })}
        >
          {t('draft_restore')}
        </button>
        <button type="button" class="btn" disabled={busy} onClick={handle.forget}>
          {t('draft_forget')}
        </button>
      </div>
    </section>
  );
}
