/**
 * The words of the ownership pre-check, from the look-up's structured outcome (kinds, verdicts, names)
 * rather than from its English sentences, so every string the panel shows can be translated. Only the
 * wording to insert stays English: it goes into a request that PyPI support reads in English.
 */
import type { LookupError, OwnershipReport, ProjectResult, ProjectVerdict } from '../../lib/ownership';
import { num, plural, t } from '../../lib/i18n/translate';
import { snake } from '../../lib/engine/words';

const MAX_NAMED = 10;

/**
 * A name as code, the way the form shows usernames. Added here, not in messages.json: WXT generates its
 * i18n types with String.replace, where a `$` next to a backtick in a message is a special pattern.
 */
export const code = (name: string): string => `\`${name}\``;

/** `a`, `b` and 3 more — project names in backticks, as the form itself would show them. */
export function nameList(names: readonly string[]): string {
  const unique = [...new Set(names)];
  const shown = unique
    .slice(0, MAX_NAMED)
    .map((n) => `\`${n}\``)
    .join(', ');
  const more = unique.length - MAX_NAMED;
  return more > 0 ? t('own_and_more', [shown, num(more)]) : shown;
}

export function errorText(error: LookupError, username: string): string {
  switch (error.kind) {
    case 'rate-limited':
      return error.retryAfterSeconds === undefined
        ? t('own_error_rate_limited')
        : t('own_error_rate_limited_seconds', num(Math.ceil(error.retryAfterSeconds)));
    case 'invalid-username':
      return t('own_error_invalid_username', code(username));
    case 'unrecognised-page':
      return t('own_error_unrecognised');
    default:
      return t(`own_error_${error.kind}`);
  }
}

/** The headline above the table. Never says recovery will happen: support decides. */
export function headline(report: OwnershipReport): string {
  const { summary, results, login, username } = report;
  switch (summary.kind) {
    case 'not-found':
      return login !== null && login.toLowerCase() !== username.toLowerCase()
        ? t('own_summary_not_found', [code(username), code(login)])
        : t('own_summary_not_found_nologin', code(username));
    case 'no-projects':
      return t('own_summary_no_projects', code(username));
    case 'all-verifiable':
      return plural('own_summary_all', results.length, [code(login ?? '')]);
    default: {
      const yours = results.filter((r) => r.verdict === 'yours').length;
      return t('own_summary_some', [num(yours), num(results.length)]);
    }
  }
}

const ADVICE_ORDER = [
  'organisation',
  'github',
  'other-host',
  'no-repo',
  'unchecked',
] as const satisfies readonly ProjectVerdict[];

/** One line per kind of gap, saying what proof to add for those projects. */
export function adviceLines(results: readonly ProjectResult[]): string[] {
  return ADVICE_ORDER.flatMap((verdict) => {
    const group = results.filter((r) => r.verdict === verdict);
    if (group.length === 0) return [];
    const projects = nameList(group.map((r) => r.project));
    if (verdict === 'organisation')
      return [t('own_advice_organisation', [projects, nameList(group.map((r) => r.repo?.owner ?? ''))])];
    return [t(`own_advice_${snake(verdict)}`, projects)];
  });
}

export function verdictText(result: ProjectResult): string {
  if (result.verdict === 'organisation') return t('own_verdict_organisation', result.repo?.owner ?? '');
  return t(`own_verdict_${snake(result.verdict)}`);
}

/** What to show for a repository link: host and path, without the scheme. */
export function repoLabel(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}
