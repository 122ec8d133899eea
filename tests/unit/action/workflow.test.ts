import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../../..');

/** The workflow the README asks pypi/support to copy. */
function readmeWorkflow(): Record<string, unknown> {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /## The GitHub Action[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('the README has no workflow under "The GitHub Action"');
  return parse(block) as Record<string, unknown>;
}

describe('the workflow in the README', () => {
  it('grants nothing at the top, issues: write on the job, and has no shell step at all', () => {
    const wf = readmeWorkflow() as {
      on: { issues: { types: string[] } };
      permissions: Record<string, string>;
      jobs: Record<string, { permissions: Record<string, string>; steps: Array<Record<string, unknown>> }>;
    };
    expect(wf.on.issues.types.sort()).toEqual(['edited', 'opened']);
    expect(wf.permissions).toEqual({});
    const [job] = Object.values(wf.jobs);
    expect(job?.permissions).toEqual({ issues: 'write' });
    expect(job?.steps.every((s) => !('run' in s))).toBe(true);
  });

  it('pins the Action by a full commit, not a tag or a branch, and starts in a dry run', () => {
    const wf = readmeWorkflow() as { jobs: Record<string, { steps: Array<{ uses?: string; with?: object }> }> };
    const step = Object.values(wf.jobs)[0]?.steps.find((s) => s.uses?.includes('/action@'));
    expect(step?.uses).toMatch(/\/action@(?:[0-9a-f]{40}|FULL_40_CHARACTER_COMMIT_SHA)$/);
    expect(step?.with).toEqual({ 'dry-run': 'true' });
  });
});

describe('action.yml', () => {
  it('runs the committed bundle on Node 24, with the inputs the code reads', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action/action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { default?: string }>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.mjs' });
    expect(Object.keys(action.inputs).sort()).toEqual(['dry-run', 'extension-url', 'label', 'token']);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a template
    expect(action.inputs.token?.default).toBe('${{ github.token }}');
    expect(action.inputs.label?.default).toBe('account-recovery');
  });
});
