import type { Check, CheckId, Report, Status } from '../lib/engine/form/schema';
import type { Write } from '../lib/protocol/messages';
import { isMarkable } from '../lib/engine/markable';
import { CoveredToggle } from './CoveredToggle';
import { FixFor } from './FixFor';
import type { MarksHandle } from './hooks/use-marks';
import { titleKey } from '../lib/engine/checks';
import { say, t } from '../lib/i18n/translate';

/** In-page id of a check's title (`username.format` → `check-username-format`): the "To fix" links point here. */
export const checkAnchor = (id: CheckId): string => `check-${id.replace(/\./g, '-')}`;

const ICON: Record<Status, string> = { pass: '✓', warn: '!', fail: '✗' };

interface Props {
  check: Check;
  fields: Report['fields'];
  busy: boolean;
  run: (write: Write) => void;
  /** "I've covered this" for judgement checks (left out: not offered, as in tests of other parts). */
  marks?: MarksHandle | undefined;
}

/**
 * One check: a shaped icon plus spoken status (never colour alone), its title, the why, and its fix.
 * A passing check takes one line: its why is one click (or Enter) away in a small disclosure, so what
 * still needs work is not pushed below the fold by what is already fine.
 */
export function CheckItem({ check, fields, busy, run, marks }: Props) {
  const titleId = checkAnchor(check.id);
  // The engine's own words, in the reader's language; the English `message` where it gave no key.
  const message = check.said ? say(check.said) : check.message;
  const marked = check.marked !== undefined;
  // A check the writer marked stays open, so its toggle (and the focus on it) stays where it was.
  const passing = check.status === 'pass' && !marked;
  const toggle =
    marks && isMarkable(check.id) && (check.status !== 'pass' || marked) ? (
      <CoveredToggle key="mark" id={check.id} marked={marked} describedBy={titleId} handle={marks} />
    ) : null;
  const title = (
    // tabIndex -1 on an open item: the "To fix" links move focus to its title, which names it first.
    <h3 class="check__title" id={titleId} tabIndex={passing ? undefined : -1}>
      <span class="sr-only">{t(marked ? 'status_marked' : `status_${check.status}`)}: </span>
      {t(titleKey(check.id))}
    </h3>
  );
  return (
    <li class={`check check--${check.status}${marked ? ' check--marked' : ''}`} data-check={check.id}>
      <span class={`check__icon icon--${check.status}`} aria-hidden="true">
        {ICON[check.status]}
      </span>
      <div class="check__body">
        {passing ? (
          // The whole line is the disclosure: one target, and the why opens below at full width.
          <details class="check__more">
            <summary class="check__line">{title}</summary>
            <p class="check__message">{message}</p>
          </details>
        ) : (
          <>
            {title}
            <p class="check__message" key="message">
              {message}
            </p>
            {check.marked ? (
              <p class="check__engine" key="engine">
                {t('marked_engine_said', check.marked.said ? say(check.marked.said) : check.marked.message)}
              </p>
            ) : (
              <FixFor key="fix" check={check} fields={fields} describedBy={titleId} busy={busy} run={run} />
            )}
            {toggle}
          </>
        )}
      </div>
    </li>
  );
}
