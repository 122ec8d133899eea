import { RequestSchema, type Check, type CheckId, type Report, type RequestInput } from './form/schema';
import type { JudgeModel } from './judge/model';
import { analyse } from './text/analysis';
import { RULES } from './rules/index';

/** Runs every rule over one request. Pure and deterministic: the background, panel tests and CLI share it. */
export interface ReportOptions {
  /** The judge's weights (the shipped model unless given: the cross-validation trains its own per fold). */
  model?: JudgeModel;
}

export function buildReport(input: RequestInput, options: ReportOptions = {}): Report {
  const request = RequestSchema.parse(input);
  const text = analyse(request.reason, options.model);
  const checks: Check[] = RULES.map((rule) => ({ id: rule.id, ...rule.run(request, text) }));
  return {
    ...verdictOf(checks),
    checks,
    fields: {
      username: request.username,
      reason: request.reason,
      recoveryCodes: request.recoveryCodes,
      codeOfConduct: request.codeOfConduct,
      acknowledgement: request.acknowledgement,
    },
  };
}

const SCORED: ReadonlySet<CheckId> = new Set(RULES.filter((r) => r.scored).map((r) => r.id));

/** Readiness and the badge's score, from the checks: ready when nothing fails; the score counts what does not. */
export function verdictOf(checks: readonly Check[]): Pick<Report, 'ready' | 'score'> {
  const passed = checks.filter((c) => SCORED.has(c.id) && c.status !== 'fail').length;
  return { ready: checks.every((c) => c.status !== 'fail'), score: { passed, total: SCORED.size } };
}

/** The report exactly as DESIGN.md's contract has it: the panel-only `fix` objects are left out. */
export function toContract(report: Report): Report {
  return {
    ready: report.ready,
    score: report.score,
    checks: report.checks.map(({ id, status, message, suggestion }) =>
      suggestion === undefined ? { id, status, message } : { id, status, message, suggestion },
    ),
    fields: report.fields,
  };
}
