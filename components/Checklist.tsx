import type { GroupId } from '../lib/engine/checks';
import type { Check, Report } from '../lib/engine/form/schema';
import type { Write } from '../lib/protocol/messages';
import { CheckItem } from './CheckItem';
import type { MarksHandle } from './hooks/use-marks';
import { GROUP_OF, GROUP_ORDER } from '../lib/engine/checks';
import { t } from '../lib/i18n/translate';

interface Props {
  report: Report;
  busy: boolean;
  run: (write: Write) => void;
  marks?: MarksHandle | undefined;
}

/** Checks by group (the form's order), report order kept inside each group; empty groups left out. */
export function groupChecks(checks: readonly Check[]): Array<{ id: GroupId; checks: Check[] }> {
  return GROUP_ORDER.map((id) => ({ id, checks: checks.filter((c) => GROUP_OF[c.id] === id) })).filter(
    (g) => g.checks.length > 0,
  );
}

/** The checks grouped the way the form is laid out, so each group maps to a part of the page. */
export function Checklist({ report, busy, run, marks }: Props) {
  return (
    <div class="checklist">
      {groupChecks(report.checks).map((group) => (
        <section class="group" key={group.id} aria-labelledby={`group-${group.id}`}>
          <h2 class="group__title" id={`group-${group.id}`}>
            {t(`group_${group.id}`)}
          </h2>
          <ul class="group__list">
            {group.checks.map((check) => (
              <CheckItem key={check.id} check={check} fields={report.fields} busy={busy} run={run} marks={marks} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
