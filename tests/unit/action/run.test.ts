import { describe, expect, it, vi } from 'vitest';
import type { CommentsApi, IssueComment } from '../../../lib/action/github-api';
import { runAction, type ActionIo } from '../../../lib/action/run';
import { composeBody } from '../../../lib/engine/form/body';
import { COMMENT_MARKER } from '../../../lib/engine/templates/comment';

const VAGUE = composeBody({
  username: '`adrift`',
  reason: 'I need my account back.',
  recoveryCodes: true,
  codeOfConduct: true,
  acknowledgement: true,
});

function io(options: { event?: string | null; inputs?: Record<string, string>; api?: Partial<CommentsApi> } = {}) {
  const log = { info: [] as string[], warning: [] as string[], summary: [] as string[] };
  const comments: IssueComment[] = [];
  const api: CommentsApi = {
    list: async () => comments,
    create: vi.fn(async (body: string) => void comments.push({ id: comments.length + 1, body, byBot: true })),
    update: vi.fn(async () => undefined),
    ...options.api,
  };
  const event =
    options.event !== undefined
      ? options.event
      : JSON.stringify({
          action: 'opened',
          issue: { number: 3, body: VAGUE, user: { login: 'adrift', type: 'User' }, labels: ['account-recovery'] },
          repository: { name: 'support', owner: { login: 'pypi' } },
        });
  const handle: ActionIo = {
    input: (name) => options.inputs?.[name] ?? '',
    readEvent: async () => event,
    api: () => api,
    summary: async (markdown) => void log.summary.push(markdown),
    info: (m) => void log.info.push(m),
    warning: (m) => void log.warning.push(m),
  };
  return { handle, log, api, comments };
}

describe('one run of the Action', () => {
  it('says what it found in the log, then comments', async () => {
    const t = io();
    expect(await runAction(t.handle)).toBe('commented');
    expect(t.log.info.join('\n')).toMatch(/Issue #3: \d+\/\d+, to fix: /);
    expect(t.comments[0]?.body.startsWith(COMMENT_MARKER)).toBe(true);
  });

  it('leaves an unchanged comment alone (no edit, no notification)', async () => {
    const t = io();
    await runAction(t.handle);
    expect(await runAction(t.handle)).toBe('unchanged');
    expect(t.api.update).not.toHaveBeenCalled();
  });

  it('reads no event, or a payload of another shape, as nothing to do, with a warning', async () => {
    for (const event of [null, 'not json', JSON.stringify({ action: 'opened' })]) {
      const t = io({ event });
      expect(await runAction(t.handle)).toBe('could not run');
      expect(t.log.warning).toHaveLength(1);
    }
  });

  it('turns an API failure into one warning line, never a stack trace', async () => {
    const failure = Object.assign(new Error('Resource not accessible by integration\n    at secret/place.js:1'), {
      status: 403,
    });
    const t = io({ api: { list: async () => Promise.reject(failure) } });
    expect(await runAction(t.handle)).toBe('could not run');
    expect(t.log.warning).toEqual([
      'PyPI recovery check: could not comment on issue #3 (HTTP 403: Resource not accessible by integration).',
    ]);
  });

  it('in a dry run, puts the comment in the summary and calls no API; the log gets it if there is no summary', async () => {
    const t = io({ inputs: { 'dry-run': 'true' } });
    expect(await runAction(t.handle)).toBe('dry run');
    expect(t.log.summary[0]).toContain(COMMENT_MARKER);
    expect(t.api.create).not.toHaveBeenCalled();

    const u = io({ inputs: { 'dry-run': 'TRUE' } });
    u.handle.summary = () => Promise.reject(new Error('no GITHUB_STEP_SUMMARY'));
    expect(await runAction(u.handle)).toBe('dry run');
    expect(u.log.info.some((m) => m.includes(COMMENT_MARKER))).toBe(true);
  });

  it('links the extension only from an https address given as input', async () => {
    const t = io({ inputs: { 'extension-url': 'https://addons.example/recovery-assistant' } });
    await runAction(t.handle);
    expect(t.comments[0]?.body).toContain('(https://addons.example/recovery-assistant)');
    const u = io({ inputs: { 'extension-url': 'javascript:alert(1)' } });
    await runAction(u.handle);
    expect(u.comments[0]?.body).not.toContain('javascript:');
  });
});
