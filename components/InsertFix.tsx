import type { Spoken } from '../lib/engine/words';
import { readsEnglish, say, t } from '../lib/i18n/translate';
import type { Write } from '../lib/protocol/messages';

interface Props {
  /** The English wording that is inserted. */
  text: string;
  /** The same wording by message key, to show what it says in the reader's language. */
  said?: Spoken | undefined;
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/**
 * Suggested wording, shown in full, inserted at the caret (or the end) — never over the user's text. It
 * goes in in English (PyPI support answers in English); a reader of another language sees what it says
 * in theirs beside it, so nobody inserts words they cannot read.
 */
export function InsertFix({ text, said, describedBy, busy, run }: Props) {
  const translation = said && !readsEnglish() ? say(said) : null;
  return (
    <div class="fix">
      <p class="fix__label">{t('fix_insert_intro')}</p>
      <blockquote class="suggestion" lang="en">
        {text}
      </blockquote>
      {translation !== null && translation !== text && (
        <div class="translation">
          <p class="translation__note">{t('fix_insert_english_note')}</p>
          <p class="translation__text">{translation}</p>
        </div>
      )}
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
