import { useEffect, useRef, useState } from 'preact/hooks';
import type { Report } from '../lib/engine/form/schema';
import { num, plural, t } from '../lib/i18n/translate';

/** How many things are left: the badge's gap, or the failing checks when the score has none left. */
export function toFix(report: Report): number {
  const gap = report.score.total - report.score.passed;
  return gap > 0 ? gap : report.checks.filter((c) => c.status === 'fail').length;
}

export function summaryText(report: Report): string {
  const marked = report.checks.filter((c) => c.marked !== undefined).length;
  const main = verdictText(report);
  if (marked === 0) return main;
  return `${main} (${plural('summary_marked', marked)})`;
}

function verdictText(report: Report): string {
  const { passed, total } = report.score;
  const counts = [num(passed), num(total)];
  if (report.ready) {
    const warns = report.checks.filter((c) => c.status === 'warn').length;
    if (warns === 0) return t('summary_ready', counts);
    return plural('summary_ready_warn', warns, counts);
  }
  const n = toFix(report);
  return plural('summary_fix', n, counts);
}

/**
 * The summary line, matching the badge (report.score), and a polite live region that speaks only when
 * readiness or the score changes — not on every keystroke in the page, which would drown a screen reader.
 */
export function Summary({ report }: { report: Report }) {
  const text = summaryText(report);
  const key = `${report.ready}|${report.score.passed}|${report.score.total}`;
  const previous = useRef(key);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    setAnnouncement(report.ready ? t('announce_ready', text) : text);
  }, [key]);

  return (
    <header class={`summary ${report.ready ? 'summary--ready' : 'summary--todo'}`}>
      <p class="summary__text">
        <span class="summary__icon" aria-hidden="true">
          {report.ready ? '✓' : '●'}
        </span>{' '}
        {text}
      </p>
      <p class="sr-only" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {announcement}
      </p>
    </header>
  );
}
