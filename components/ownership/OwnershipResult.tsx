import type { Write } from '../../lib/protocol/messages';
import type { OwnershipReport } from '../../lib/ownership';
import { num, t } from '../../lib/i18n/translate';
import { adviceLines, headline, repoLabel, verdictText } from './text';

interface Props {
  report: OwnershipReport;
  busy: boolean;
  run: (write: Write) => void;
}

const GOOD = new Set(['yours']);

/**
 * The verdict table, the summary and the wording to insert. Everything from pypi.org is rendered as
 * text (JSX escapes it); links are only the repository URLs the core rebuilt as plain https URLs.
 */
export function OwnershipResult({ report, busy, run }: Props) {
  const advice = report.summary.kind === 'some-unverifiable' ? adviceLines(report.results) : [];
  return (
    <div class="ownership__result">
      <p class="ownership__headline" data-testid="own-headline">
        {headline(report)}
      </p>
      {advice.length > 0 && (
        <ul class="ownership__advice">
          {advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {report.truncated && <p>{t('own_truncated', num(report.results.length))}</p>}
      {report.results.length > 0 && (
        <table class="ownership__table">
          <caption class="sr-only">{t('own_table_caption', report.username)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('own_col_project')}</th>
              <th scope="col">{t('own_col_repository')}</th>
              <th scope="col">{t('own_col_verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((r) => (
              <tr key={r.project} data-verdict={r.verdict}>
                <th scope="row">{r.project}</th>
                <td>
                  {r.repo && /^https:\/\//.test(r.repo.url) ? (
                    <a href={r.repo.url} target="_blank" rel="noopener noreferrer">
                      {repoLabel(r.repo.url)}
                    </a>
                  ) : (
                    <span>
                      <span aria-hidden="true">—</span>
                      <span class="sr-only">{t('own_no_link')}</span>
                    </span>
                  )}
                </td>
                <td>
                  <span aria-hidden="true">{GOOD.has(r.verdict) ? '✓ ' : '! '}</span>
                  {verdictText(r)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="ownership__promise">{t('own_no_promise')}</p>
      {report.sentence !== '' && (
        <div class="fix">
          <p class="fix__label">{t('own_insert_intro')}</p>
          <blockquote class="suggestion">{report.sentence}</blockquote>
          <button
            type="button"
            class="btn btn--primary"
            disabled={busy}
            onClick={() => run({ kind: 'insert', text: report.sentence, at: 'caret' })}
          >
            {t('own_insert')}
          </button>
        </div>
      )}
    </div>
  );
}
