import type { Write } from '../../lib/protocol/messages';
import { readUsername } from '../../lib/engine/text/username';
import { num, t } from '../../lib/i18n/translate';
import { snake } from '../../lib/engine/words';
import { OwnershipResult } from './OwnershipResult';
import { code, errorText } from './text';
import type { OwnershipHandle } from '../hooks/use-ownership';

interface Props {
  handle: OwnershipHandle;
  /** What "PyPI Username" says now (the look-up reads it in the background; here for hints). */
  typedUsername: string;
  busy: boolean;
  run: (write: Write) => void;
}

function typedName(typed: string): string | null {
  const reading = readUsername(typed);
  return reading.kind === 'exact' || reading.kind === 'decorated' ? reading.name : null;
}

/** A calm sentence for a look-up that could not start or finish. */
function stoppedText(handle: OwnershipHandle): string | null {
  if (handle.failed) return t('own_failed');
  if (handle.denied) return t('own_denied');
  const state = handle.state;
  if (state?.status !== 'stopped') return null;
  return t(`own_stopped_${snake(state.why)}`);
}

/**
 * The opt-in ownership pre-check: nothing is sent to pypi.org until the button is clicked (and the
 * browser has asked for access). Shows progress with a cancel, then the verdicts and wording to insert.
 */
export function Ownership({ handle, typedUsername, busy, run }: Props) {
  const { state, asking } = handle;
  const name = typedName(typedUsername);
  const running = state?.status === 'running';
  const done = state?.status === 'done' ? state : null;
  const stale = done !== null && name !== null && name.toLowerCase() !== done.username.toLowerCase();
  const problem = stoppedText(handle);
  return (
    <section class="group ownership" aria-labelledby="ownership-title" data-testid="ownership">
      <h2 class="group__title" id="ownership-title">
        {t('own_title')}
      </h2>
      <p>{t('own_intro')}</p>
      {running ? (
        <div class="ownership__progress" role="status">
          <p>
            {state.progress && state.progress.total > 0
              ? t('own_progress', [num(state.progress.done), num(state.progress.total)])
              : t('own_progress_profile', code(state.username))}
          </p>
          <progress
            max={state.progress?.total || 1}
            value={state.progress?.total ? state.progress.done : undefined}
            aria-label={t('own_progress_label')}
          />
          <button type="button" class="btn" onClick={handle.cancel}>
            {t('own_cancel')}
          </button>
        </div>
      ) : (
        <>
          {name === null && <p class="notice notice--quiet">{t('own_need_username')}</p>}
          <button
            type="button"
            class="btn btn--primary"
            disabled={name === null || asking}
            onClick={() => handle.check(done !== null || state?.status === 'stopped')}
          >
            {done ? t('own_check_again') : t('own_check')}
          </button>
          {asking && <p role="status">{t('own_asking')}</p>}
        </>
      )}
      {problem !== null && (
        <p class="notice notice--quiet" role="status">
          {problem}
        </p>
      )}
      {done && !done.outcome.ok && (
        // Cancelling is the user's own choice: said calmly, not as an alert.
        <p
          class={`notice ${done.outcome.error.kind === 'cancelled' ? 'notice--quiet' : 'notice--warn'}`}
          role={done.outcome.error.kind === 'cancelled' ? 'status' : 'alert'}
        >
          {errorText(done.outcome.error, done.username)}
        </p>
      )}
      {done && stale && <p class="notice notice--warn">{t('own_stale', [code(done.username), code(name ?? '')])}</p>}
      {done?.outcome.ok && <OwnershipResult report={done.outcome.report} busy={busy} run={run} />}
    </section>
  );
}
