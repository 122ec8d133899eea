import type { Report } from './form/schema';
import { RULES } from './rules/index';

/** What the toolbar button shows for one tab. Pure, so the colours and wording are unit-tested. */
export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

/** GitHub's own danger / attention / success colours: white badge text stays readable on all three. */
export const BADGE_COLOURS = { red: '#cf222e', amber: '#9a6700', green: '#1a7f37', grey: '#57606a' } as const;

const PRODUCT = 'PyPI recovery request';
/** Tooltips are cut by the browser; name the first few gaps and count the rest. */
const LISTED = 5;

const titleOf = (id: string): string => RULES.find((r) => r.id === id)?.title ?? id;

function listed(ids: string[]): string {
  const names = ids.slice(0, LISTED).map(titleOf);
  const more = ids.length - names.length;
  return names.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

export function colourFor(report: Report): string {
  if (report.ready) return BADGE_COLOURS.green;
  const { passed, total } = report.score;
  return total === 0 || passed / total < 0.5 ? BADGE_COLOURS.red : BADGE_COLOURS.amber;
}

export function badgeForReport(report: Report): BadgeView {
  const { passed, total } = report.score;
  const failing = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  const warning = report.checks.filter((c) => c.status === 'warn').map((c) => c.id);
  const lines = [
    report.ready
      ? `${PRODUCT}: ready to submit (${passed}/${total} checks pass).`
      : `${PRODUCT}: ${passed}/${total} checks pass, not ready yet.`,
  ];
  if (failing.length > 0) lines.push(`Missing: ${listed(failing)}.`);
  if (warning.length > 0) lines.push(`Worth a look: ${listed(warning)}.`);
  lines.push('Click for details.');
  return { text: `${passed}/${total}`, color: colourFor(report), title: lines.join('\n') };
}

export function badgeUnrecognised(): BadgeView {
  return {
    text: '?',
    color: BADGE_COLOURS.grey,
    title: `${PRODUCT}: this page looks like the recovery form, but its fields were not recognised (GitHub may have changed the page). Nothing is checked here.`,
  };
}
