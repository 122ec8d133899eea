import type { Write } from '../lib/protocol/messages';
import { t } from '../lib/i18n/translate';

interface Props {
  text: string;
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/** Suggested wording, shown in full, inserted at the caret (or the end) — never over the user's text. */
export function InsertFix({ text, describedBy, busy, run }: Props) {
  return (
    <div class="fix">
      <p class="fix__label">{t('fix_insert_intro')}</p>
      <blockquote class="suggestion">{text}</blockquote>
      <button
        type="button"
        class="btn btn--primary"
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => run({ kind: 'insert', text, at: 'caret' })}
      >
        {t('fix_insert_button')}
      </button>
    </div>
  );
}
