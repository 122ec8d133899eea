import { parseBody } from '../engine/form/body';
import { buildReport } from '../engine/report';
import { COMMENT_MARKER, commentFor, resolvedComment } from '../engine/templates/comment';
import { decide } from './decide';
import { IssueEventSchema } from './event';
import type { CommentsApi } from './github-api';

/**
 * One run of the Action, on one `issues` event: decide whether the issue is a request to check, check it
 * with the same engine as the extension, and keep one comment of ours up to date. Everything outside (inputs,
 * the event file, the REST API, the job summary, the log) comes in through ActionIo, so tests drive it all.
 */
export interface ActionIo {
  /** An input of action.yml ('' when not set). */
  input(name: string): string;
  /** The event payload's text (the file named by GITHUB_EVENT_PATH), or null when there is none. */
  readEvent(): Promise<string | null>;
  /** The REST API for one issue's comments. */
  api(owner: string, repo: string, issue: number): CommentsApi;
  /** Appends Markdown to the job's summary page. */
  summary(markdown: string): Promise<void>;
  info(message: string): void;
  /** A warning annotation on the run: how the Action reports a failure without failing the workflow. */
  warning(message: string): void;
}

export type Outcome =
  | 'skipped'
  | 'nothing to fix'
  | 'commented'
  | 'updated'
  | 'unchanged'
  | 'resolved'
  | 'dry run'
  | 'could not run';

/** Far more than any issue GitHub accepts (65,536 characters); a bigger payload is cut, not refused. */
const MAX_BODY = 1_048_576;

export async function runAction(io: ActionIo): Promise<Outcome> {
  const raw = await io.readEvent().catch(() => null);
  let json: unknown = null;
  try {
    json = raw === null ? null : JSON.parse(raw);
  } catch {
    // Not JSON: json stays null, which the schema refuses below.
  }
  const parsed = IssueEventSchema.safeParse(json);
  if (!parsed.success) {
    io.warning('PyPI recovery check: this run has no issue event to read; nothing was done.');
    return 'could not run';
  }
  const event = parsed.data;
  // An unset input reads as '': decide() then checks for its default label.
  const decision = decide(event, io.input('label') || undefined);
  if (!decision.check) {
    io.info(`Issue #${event.issue.number} not checked: ${decision.why}.`);
    return 'skipped';
  }

  const body = (event.issue.body ?? '').slice(0, MAX_BODY);
  const report = buildReport(parseBody(body).request);
  const extensionUrl = io.input('extension-url') || undefined;
  const comment = commentFor(report, extensionUrl ? { extensionUrl } : {});
  const failing = report.checks.filter((c) => c.status === 'fail').map((c) => c.id);
  io.info(
    `Issue #${event.issue.number}: ${report.score.passed}/${report.score.total}` +
      (failing.length > 0 ? `, to fix: ${failing.join(', ')}` : ', nothing to fix'),
  );

  if (/^(?:true|yes|1)$/i.test(io.input('dry-run').trim())) {
    await io
      .summary(
        comment === null
          ? `Issue #${event.issue.number}: nothing to fix, no comment would be posted.`
          : `Issue #${event.issue.number}: the comment that would be posted.\n\n${comment}`,
      )
      .catch(() => io.info(comment ?? 'No comment would be posted.'));
    return 'dry run';
  }

  try {
    const api = io.api(event.repository.owner.login, event.repository.name, event.issue.number);
    // Ours: a bot's comment carrying the marker. A person's comment quoting the marker is never edited.
    const ours = (await api.list()).find((c) => c.byBot && c.body.includes(COMMENT_MARKER));
    if (comment !== null) {
      if (!ours) {
        await api.create(comment);
        return 'commented';
      }
      if (ours.body === comment) return 'unchanged';
      await api.update(ours.id, comment);
      return 'updated';
    }
    // Fixed by an edit: the comment says so and stays, so the thread still reads in order (a deleted comment
    // would leave replies to it hanging). A request complete from the start never gets one.
    if (!ours) return 'nothing to fix';
    const resolved = resolvedComment();
    if (ours.body === resolved) return 'unchanged';
    await api.update(ours.id, resolved);
    return 'resolved';
  } catch (error) {
    io.warning(`PyPI recovery check: could not comment on issue #${event.issue.number} (${describe(error)}).`);
    return 'could not run';
  }
}

/** An API failure in one line, without a stack trace: the status and GitHub's message. */
function describe(error: unknown): string {
  const status = (error as { status?: unknown }).status;
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]!.slice(0, 200);
  return typeof status === 'number' ? `HTTP ${status}: ${line}` : line;
}
