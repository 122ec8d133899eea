import { titleKey, type Text } from './checks';
import type { CheckId, Report } from './form/schema';

/** What the toolbar button shows for one tab. Pure, so the colours and wording are unit-tested. */
export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** GitHub's own danger / attention / success colours: white badge text stays readable on all three. */
export const BADGE_COLOURS = { red: '#cf222e', amber: '#9a6700', green: '#1a7f37', grey: '#57606a' } as const;

/** Tooltips are cut by the browser; name the first few gaps and count the rest. */
const LISTED = 5;

function listed(ids: readonly CheckId[], text: Text): string {
  const names = ids.slice(0, LISTED).map((id) => text(titleKey(id)));
  const more = ids.length - names.length;
  return more > 0 ? text('badge_list_more', [names.join('; '), String(more)]) : names.join('; ');
}

export function colourFor(report: Report): string {
  if (report.ready) return BADGE_COLOURS.green;
  const { passed, total } = report.score;
  return total === 0 || passed / total < 0.5 ? BADGE_COLOURS.red : BADGE_COLOURS.amber;
}

/** The badge and its tooltip, worded by `text` in the reader's language. */
export function badgeForReport(report: Report, text: Text): BadgeView {
  const counts = [String(report.score.passed), String(report.score.total)];
  const failing = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const warning = report.checks.filter((c) => c.status === 'warn').map((c) => c.id);
  const marked = report.checks.filter((c) => c.marked !== undefined).map((c) => c.id);
  const lines = [text(report.ready ? 'badge_ready' : 'badge_not_ready', counts)];
  if (failing.length > 0) lines.push(text('badge_missing', listed(failing, text)));
  if (warning.length > 0) lines.push(text('badge_worth_a_look', listed(warning, text)));
  if (marked.length > 0) lines.push(text('badge_marked', listed(marked, text)));
  lines.push(text('badge_click'));
  return { text: `${report.score.passed}/${report.score.total}`, color: colourFor(report), title: lines.join('\n') };
}

export function badgeUnrecognised(text: Text): BadgeView {
  return { text: '?', color: BADGE_COLOURS.grey, title: text('badge_unrecognised') };
}
