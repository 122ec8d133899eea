import type { Check, Report, Status } from '../lib/form/schema';
import type { Write } from '../lib/messages';
import { FixFor } from './FixFor';
import { titleKey } from './groups';
import { t } from './i18n';

const ICON: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗' };

interface Props {
  check: Check;
  fields: Report['fields'];
  busy: boolean;
  run: (write: Write) => void;
}

/** One check: a shaped icon plus spoken status (never colour alone), its title, the why, and its fix. */
export function CheckItem({ check, fields, busy, run }: Props) {
  const titleId = `check-${check.id.replace(/\./g, '-')}`;
  return (
    <li class={`check check--${check.status}`} data-check={check.id}>
      <span class={`check__icon icon--${check.status}`} aria-hidden="true">
        {ICON[check.status]}
      </span>
      <div class="check__body">
        <h3 class="check__title" id={titleId}>
          <span class="sr-only">{t(`status_${check.status}`)}: </span>
          {t(titleKey(check.id))}
        </h3>
        <p class="check__message">{check.message}</p>
        <FixFor check={check} fields={fields} describedBy={titleId} busy={busy} run={run} />
      </div>
    </li>
  );
}
