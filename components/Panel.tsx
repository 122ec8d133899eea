import type { ComponentChildren } from 'preact';
import type { Answers } from '../lib/engine/templates/composer';
import type { TabState } from '../lib/protocol/storage';
import { Advice } from './Advice';
import { Checklist } from './Checklist';
import { Composer } from './Composer';
import { t } from '../lib/i18n/translate';
import { Loading, NoForm, Unrecognised } from './PageNotice';
import { Ownership } from './ownership/Ownership';
import { RestoreDraft } from './RestoreDraft';
import { Summary } from './Summary';
import { ToFix } from './ToFix';
import type { DraftHandle } from './hooks/use-draft';
import type { MarksHandle } from './hooks/use-marks';
import type { OwnershipHandle } from './hooks/use-ownership';
import { useWriter, type WriteFn } from './hooks/use-writes';
import { WriteBar } from './WriteBar';

export interface PanelProps {
  loading: boolean;
  state: TabState | null;
  write: WriteFn;
  openForm: () => void;
  answers: Answers;
  onAnswers: (next: Answers) => void;
  /** The opt-in pypi.org ownership pre-check (left out: the section is not shown). */
  ownership?: OwnershipHandle;
  /** The tab's saved text, offered back when the page lost it (left out: no offer). */
  draft?: DraftHandle;
  /** "I've covered this" on judgement checks (left out: not offered). */
  marks?: MarksHandle;
}

const REASON_CHECKS = new Set([
  'reason.present',
  'reason.lost_factor',
  'reason.circumstances',
  'reason.remaining_access',
]);

/** The whole panel, driven by props only: App feeds it from storage, tests feed it by hand. */
export function Panel({ loading, state, write, openForm, answers, onAnswers, ownership, draft, marks }: PanelProps) {
  const writer = useWriter(write);
  const run = (w: Parameters<WriteFn>[0]) => void writer.run(w);
  let body: ComponentChildren;
  if (loading) body = <Loading />;
  else if (!state) body = <NoForm openForm={openForm} />;
  else if (state.status === 'unrecognised') body = <Unrecognised />;
  else if (!state.report) body = <Loading />;
  else {
    const report = state.report;
    const reasonNeedsWork = report.checks.some((c) => REASON_CHECKS.has(c.id) && c.status === 'fail');
    body = (
      <>
        {draft && <RestoreDraft handle={draft} snapshot={state.snapshot} busy={writer.busy} run={run} />}
        <Summary report={report} />
        <ToFix report={report} />
        <WriteBar writer={writer} />
        <Checklist report={report} busy={writer.busy} run={run} marks={marks} />
        {ownership && (
          <Ownership handle={ownership} typedUsername={report.fields.username} busy={writer.busy} run={run} />
        )}
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
