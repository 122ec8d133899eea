import type { Check, Report, Status } from '../lib/engine/form/schema';
import { titleKey } from '../lib/engine/checks';
import { checkAnchor } from './CheckItem';
import { t } from '../lib/i18n/translate';

const ICON: Record<Exclude<Status, 'pass'>, string> = { fail: '✗', warn: '!' };

/** What still needs work, in the order to do it: everything failing first, then the warnings. */
export function openItems(report: Report): Check[] {
  return [...report.checks.filter((c) => c.status === 'fail'), ...report.checks.filter((c) => c.status === 'warn')];
}

/**
 * Moves focus to a check's title, like following an in-page link would, but focus really moves (a plain
 * `#id` link only moves the caret-browsing start point), so Tab continues from the item and its fix.
 */
function goTo(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** A short list of links under the summary, one per check that is not done, so the first fix is one step away. */
export function ToFix({ report }: { report: Report }) {
  const items = openItems(report);
  if (items.length === 0) return null;
  const failing = items.some((c) => c.status === 'fail');
  return (
    <nav class="todo" aria-labelledby="todo-title">
      <h2 class="todo__title" id="todo-title">
        {t(failing ? 'polish_todo_title' : 'polish_todo_title_warn')}
      </h2>
      <ul class="todo__list">
        {items.map((check) => {
          const status = check.status === 'fail' ? 'fail' : 'warn';
          const id = checkAnchor(check.id);
          return (
            <li key={check.id} class="todo__item">
              <span class={`todo__icon icon--${status}`} aria-hidden="true">
                {ICON[status]}
              </span>
              <a href={`#${id}`} onClick={(e) => goTo(e, id)}>
                <span class="sr-only">{t(`status_${status}`)}: </span>
                {t(titleKey(check.id))}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
