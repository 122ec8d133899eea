/**
 * The GitHub Action as the runner runs it: the committed bundle (action/dist/index.mjs) started with Node,
 * inputs and the event file in the environment, the REST API a local fake on 127.0.0.1 (GITHUB_API_URL).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeBody } from '../../lib/engine/form/body';
import { COMMENT_MARKER } from '../../lib/engine/templates/comment';
import { personComment, startFakeGitHub, type FakeGitHub } from '../fixtures/github-api/fake-api';
import { ROOT } from './harness';

const BUNDLE = path.join(ROOT, 'action/dist/index.mjs');

let api: FakeGitHub;
let dir: string;
beforeAll(async () => {
  api = await startFakeGitHub();
});
afterAll(() => api?.close());
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pra-action-'));
  api.comments.length = 0;
  api.calls.length = 0;
  api.failWith = null;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface IssueOptions {
  action?: string;
  body: string;
  association?: string;
  user?: { login: string; type: string };
  labels?: string[];
}

function eventFile({ action = 'opened', body, association = 'NONE', user, labels }: IssueOptions): string {
  const file = path.join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  const event = {
    action,
    issue: {
      number: 4321,
      state: 'open',
      body,
      author_association: association,
      user: user ?? { login: 'locked-out-maintainer', type: 'User' },
      labels: (labels ?? ['account-recovery']).map((name) => ({ name })),
    },
    repository: { name: 'support', owner: { login: 'pypi' } },
  };
  writeFileSync(file, JSON.stringify(event));
  return file;
}

interface Run {
  code: number;
  stdout: string;
  summary: string;
}

/** Runs the bundle once, as the runner would for one event. */
function run(issue: IssueOptions, inputs: Record<string, string> = {}): Promise<Run> {
  const summary = path.join(dir, 'summary.md');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_PATH: eventFile(issue),
    GITHUB_STEP_SUMMARY: summary,
    INPUT_TOKEN: 'test-token',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(process.execPath, [BUNDLE], { env, timeout: 20_000 }, (error, stdout) => {
      resolve({
        code: error ? Number((error as { code?: number }).code ?? 1) : 0,
        stdout,
        summary: readFileSync(summary, 'utf8'),
      });
    });
  });
}

const form = (username: string, reason: string, boxes = true) =>
  composeBody({ username, reason, recoveryCodes: boxes, codeOfConduct: boxes, acknowledgement: boxes });

const VAGUE = form('`stranded-dev`', 'Please help me, I cannot log in to PyPI anymore.');
const BETTER = form(
  '`stranded-dev`',
  'My phone with the authenticator app was stolen on a tram in Prague in September 2026.\n' +
    'I cannot log in to PyPI since, and I never saved the recovery codes.',
);
const COMPLETE = form(
  '`stranded-dev`',
  [
    'My phone with the authenticator app was stolen on a tram in Prague in September 2026.',
    'I tried the password reset and searched my laptop and notes for the recovery codes; I never saved them.',
    'I still know my password and I can read the primary email address of the account.',
    'I maintain `tram-schedule` on PyPI; its source is github.com/stranded-dev/tram-schedule, pushed from the account filing this.',
  ].join(' '),
);
const ours = () => api.comments.filter((c) => c.body.includes(COMMENT_MARKER));

describe('the Action on the support queue', () => {
  it('comments once on an incomplete request: what is missing and how to fix it, as an automatic check', async () => {
    const r = await run({ body: VAGUE });
    expect(r.code).toBe(0);
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]!.body;
    expect(body).toContain('Says how and when it happened');
    expect(body).toContain('Edit');
    expect(body).toContain('automatic check');
    expect(body).toContain('PyPI support reads every request and decides');
    expect(body).toContain('PyPI Recovery Assistant browser extension');
  });

  it('edits its one comment in place as the request is edited, and says so when nothing is left to fix', async () => {
    await run({ body: VAGUE });
    const first = ours()[0]!.body;
    await run({ action: 'edited', body: BETTER });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).not.toBe(first);
    expect(ours()[0]!.body).not.toContain('Says how and when it happened');
    await run({ action: 'edited', body: COMPLETE });
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('finds nothing missing now');
    expect(api.calls.filter((c) => c.startsWith('POST'))).toHaveLength(1);
    expect(api.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(2);
  });

  it('finds its comment among many (past the first page), and never edits a person quoting its marker', async () => {
    for (let i = 0; i < 130; i++)
      api.comments.push(personComment(i + 1, i === 5 ? `quoting ${COMMENT_MARKER}` : 'me too'));
    await run({ body: VAGUE });
    await run({ action: 'edited', body: BETTER });
    expect(ours().filter((c) => c.user.type === 'Bot')).toHaveLength(1);
    expect(api.comments.find((c) => c.id === 6)!.body).toBe(`quoting ${COMMENT_MARKER}`);
    expect(api.calls.filter((c) => c.startsWith('GET')).length).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ['a member of the repository', { association: 'MEMBER' }],
    ['its owner', { association: 'OWNER' }],
    ['a collaborator', { association: 'COLLABORATOR' }],
    ['a bot', { user: { login: 'helper-app[bot]', type: 'Bot' } }],
    ['an issue of another kind', { labels: ['bug'] }],
    ['a closed or relabelled issue event', { action: 'labeled' }],
  ])('leaves an issue alone when it is filed by or is %s', async (_what, options) => {
    const r = await run({ body: VAGUE, ...options });
    expect(r.code).toBe(0);
    expect(api.calls).toEqual([]);
  });

  it('posts nothing on a request that is complete when opened', async () => {
    const r = await run({ body: COMPLETE });
    expect(r.code).toBe(0);
    expect(api.comments).toEqual([]);
    expect(api.calls.filter((c) => !c.startsWith('GET'))).toEqual([]);
  });

  it('warns of a pasted password and an email address without repeating either', async () => {
    const password = 'Wren!Harbor-2026x';
    const address = 'stranded.dev@mailbox.example';
    const body = form(
      '`stranded-dev`',
      `My phone was stolen in September 2026. In case it helps, my password is ${password}. Write to ${address}.`,
    );
    await run({ body });
    const comment = ours()[0]!.body;
    expect(comment).toContain('looks like a password');
    expect(comment).toContain('shows an email address');
    expect(comment).not.toContain(password);
    expect(comment).not.toContain(address);
    expect(comment).not.toContain('stranded.dev@');
  });

  it('answers a 1 MB hostile body with one short, safe comment', async () => {
    const hostile = `@everyone <img src=x onerror=alert(1)> <script>alert(1)</script> [click](javascript:alert(1)) #1 `;
    const body = form(`@everyone <b>x</b>`, hostile.repeat(Math.ceil(1_048_576 / hostile.length)));
    const r = await run({ body });
    expect(r.code).toBe(0);
    expect(ours()).toHaveLength(1);
    const comment = ours()[0]!.body;
    expect(comment.length).toBeLessThan(16_000);
    // Nothing that renders as HTML, nobody notified, no link made from the text.
    expect(comment.replace(COMMENT_MARKER, '')).not.toMatch(/<(?!\/?sub>)[a-z!/]/i);
    expect(comment).not.toMatch(/@everyone\b/);
    expect(comment).not.toContain('](javascript:');
  });

  it('on an API failure, warns in the log and exits 0: the workflow stays green, no stack trace', async () => {
    api.failWith = 500;
    const r = await run({ body: VAGUE });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning::PyPI recovery check: could not comment on issue #4321 \(HTTP 500/m);
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });

  it('`recovery-check --markdown -` prints exactly the comment the Action posts', async () => {
    await run({ body: VAGUE });
    const printed = await new Promise<string>((resolve, reject) => {
      const child = execFile(
        process.execPath,
        [path.join(ROOT, 'bin/recovery-check.mjs'), '--markdown', '-'],
        (_e, out) => resolve(out),
      );
      child.on('error', reject);
      child.stdin?.end(VAGUE);
    });
    expect(printed.trimEnd()).toBe(ours()[0]!.body);
  });

  it('in a dry run, writes the comment to the job summary and changes nothing on the issue', async () => {
    const r = await run({ body: VAGUE }, { 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(api.calls).toEqual([]);
    expect(r.summary).toContain('the comment that would be posted');
    expect(r.summary).toContain('Says how and when it happened');
  });
});
