import type { Report, Status } from '../engine/form/schema';
import { titleKey } from '../engine/checks';
import { english } from '../i18n/english';

const ICON: Record<Status, string> = { pass: '✔', warn: '!', fail: '✘' };
const COLOUR: Record<Status, string> = { pass: '32', warn: '33', fail: '31' };

/** The readable checklist the CLI prints without --json. */
export function formatReport(report: Report, color: boolean): string {
  const paint = (status: Status, text: string) => (color ? `\u001b[${COLOUR[status]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const { passed, total } = report.score;
  lines.push(
    report.ready
      ? paint('pass', `Ready to file (${passed}/${total}).`)
      : paint('fail', `Not ready yet: ${passed}/${total} required checks pass.`),
  );
  lines.push('');
  for (const check of report.checks) {
    const title = english(titleKey(check.id));
    lines.push(`${paint(check.status, ICON[check.status])} ${title} [${check.id}]`);
    if (check.status !== 'pass') {
      lines.push(`    ${check.message}`);
      if (check.suggestion) lines.push(`    Suggested: ${check.suggestion}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
