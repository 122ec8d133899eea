import type { Answers } from '../lib/templates/composer';
import type { TabState } from '../lib/messages';
import { Advice } from './Advice';
import { Checklist } from './Checklist';
import { Composer } from './Composer';
import { t } from './i18n';
import { Loading, NoForm, Unrecognised } from './PageNotice';
import type { WriteFn } from './page-writer';
import { Summary } from './Summary';
import { useWriter } from './use-writes';
import { WriteBar } from './WriteBar';

export interface PanelProps {
  loading: boolean;
  state: TabState | null;
  write: WriteFn;
  openForm: () => void;
  answers: Answers;
  onAnswers: (next: Answers) => void;
}

const REASON_CHECKS = new Set(['reason.present', 'reason.lost_factor', 'reason.circumstances', 'reason.remaining_access']);

/** The whole panel, driven by props only: App feeds it from storage, tests feed it by hand. */
export function Panel({ loading, state, write, openForm, answers, onAnswers }: PanelProps) {
  const writer = useWriter(write);
  const run = (w: Parameters<WriteFn>[0]) => void writer.run(w);
  let body;
  if (loading) body = <Loading />;
  else if (!state) body = <NoForm openForm={openForm} />;
  else if (state.status === 'unrecognised') body = <Unrecognised />;
  else if (!state.report) body = <Loading />;
  else {
    const report = state.report;
    const reasonNeedsWork = report.checks.some((c) => REASON_CHECKS.has(c.id) && c.status === 'fail');
    body = (
      <>
        <Summary report={report} />
        <WriteBar writer={writer} />
        <Checklist report={report} busy={writer.busy} run={run} />
        <Composer
          answers={answers}
          onChange={onAnswers}
          reason={report.fields.reason}
          busy={writer.busy}
          run={run}
          open={reasonNeedsWork}
        />
      </>
    );
  }
  return (
    <main class="panel">
      <h1 class="panel__title">{t('extName')}</h1>
      {body}
      <Advice openBefore={!state} />
    </main>
  );
}
