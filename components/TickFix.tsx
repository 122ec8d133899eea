import { CHECKBOX_FIELDS, type CheckboxKey } from '../lib/engine/form/definition';
import type { Write } from '../lib/protocol/messages';
import { t } from '../lib/i18n/translate';

interface Props {
  box: CheckboxKey;
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/** A box is ticked only on a click, and only after its full text has been shown: ticking is agreeing. */
export function TickFix({ box, describedBy, busy, run }: Props) {
  const field = CHECKBOX_FIELDS.find((f) => f.key === box);
  if (!field) return null;
  return (
    <div class="fix">
      <p class="fix__label">{t('fix_tick_intro', field.label)}</p>
      <blockquote class="suggestion">{field.option}</blockquote>
      <button
        type="button"
        class="btn btn--primary"
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => run({ kind: 'tick', box })}
      >
        {t('fix_tick_button')}
      </button>
    </div>
  );
}
