import type { Write } from '../lib/protocol/messages';
import { t } from '../lib/i18n/translate';

interface Props {
  before: string;
  after: string;
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/** The corrected username, shown as before → after so the user sees exactly what changes. */
export function UsernameFix({ before, after, describedBy, busy, run }: Props) {
  return (
    <div class="fix">
      <p class="fix__change">
        <span class="sr-only">{t('fix_username_before')} </span>
        <code class="value value--old">{before}</code>
        <span aria-hidden="true"> → </span>
        <span class="sr-only"> {t('fix_username_after')} </span>
        <code class="value value--new">{after}</code>
      </p>
      <button
        type="button"
        class="btn btn--primary"
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => run({ kind: 'username', value: after })}
      >
        {t('fix_username_button', after)}
      </button>
    </div>
  );
}
