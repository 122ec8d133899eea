import type { Report } from '../lib/engine/form/schema';
import type { Write } from '../lib/protocol/messages';
import { CheckItem } from './CheckItem';
import { groupChecks } from './groups';
import { t } from '../lib/i18n/translate';

interface Props {
  report: Report;
  busy: boolean;
  run: (write: Write) => void;
}

/** The checks grouped the way the form is laid out, so each group maps to a part of the page. */
export function Checklist({ report, busy, run }: Props) {
  return (
    <div class="checklist">
      {groupChecks(report.checks).map((group) => (
        <section class="group" key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 class="group__title" id={`group-${group.id}`}>
            {t(`group_${group.id}`)}
          </h2>
          <ul class="group__list">
            {group.checks.map((check) => (
              <CheckItem key={check.id} check={check} fields={report.fields} busy={busy} run={run} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
