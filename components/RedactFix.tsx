import type { Span } from '../lib/engine/form/schema';
import type { Write } from '../lib/protocol/messages';
import { plural, t } from '../lib/i18n/translate';

interface Props {
  field: 'username' | 'reason';
  spans: readonly Span[];
  /** The field's text the spans were found in; the page refuses the write if it has changed since. */
  expected: string;
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/** Replaces what was found with `[removed]`. The secret itself is not repeated in the panel. */
export function RedactFix({ field, spans, expected, describedBy, busy, run }: Props) {
  if (spans.length === 0) return null;
  return (
    <div class="fix">
      <p class="fix__why">{t('fix_redact_why')}</p>
      <button
        type="button"
        class="btn btn--danger"
        aria-describedby={describedBy}
        disabled={busy}
        onClick={() => run({ kind: 'redact', field, spans: [...spans], expected })}
      >
        {plural('fix_redact_button', spans.length)}
      </button>
    </div>
  );
}
