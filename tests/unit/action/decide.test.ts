import { describe, expect, it } from 'vitest';
import { decide } from '../../../lib/action/decide';
import { IssueEventSchema } from '../../../lib/action/event';

const event = (overrides: Record<string, unknown> = {}, issue: Record<string, unknown> = {}) =>
  IssueEventSchema.parse({
    action: 'opened',
    issue: {
      number: 7,
      body: 'text',
      author_association: 'NONE',
      user: { login: 'someone', type: 'User' },
      labels: [{ name: 'account-recovery' }],
      ...issue,
    },
    repository: { name: 'support', owner: { login: 'pypi' } },
    ...overrides,
  });

describe('which issue events the Action checks', () => {
  it('checks recovery requests when they are opened or edited', () => {
    expect(decide(event())).toEqual({ check: true });
    expect(decide(event({ action: 'edited' }))).toEqual({ check: true });
    // A first-time contributor is exactly who the check is for.
    expect(decide(event({}, { author_association: 'FIRST_TIME_CONTRIBUTOR' }))).toEqual({ check: true });
  });

  it.each([
    ['another event', event({ action: 'labeled' }), /labeled/],
    ['another label', event({}, { labels: [{ name: 'pep 541' }] }), /account-recovery/],
    ['a closed issue', event({}, { state: 'closed' }), /closed/],
    ['a pull request', event({}, { pull_request: { url: 'x' } }), /pull request/],
    ['a bot', event({}, { user: { login: 'renovate[bot]', type: 'Bot' } }), /bot/],
    ['a bot that calls itself a user', event({}, { user: { login: 'sync[bot]', type: 'User' } }), /bot/],
    ['a deleted account', event({}, { user: null }), /bot/],
    ['an owner', event({}, { author_association: 'OWNER' }), /owner/],
    ['a member', event({}, { author_association: 'member' }), /member/],
    ['a collaborator', event({}, { author_association: 'COLLABORATOR' }), /collaborator/],
  ])('skips %s, and says why', (_what, e, why) => {
    const d = decide(e);
    expect(d.check).toBe(false);
    expect(d.check === false && d.why).toMatch(why);
  });

  it('reads labels given as names or as objects, and another label when the workflow names one', () => {
    expect(decide(event({}, { labels: ['account-recovery'] }))).toEqual({ check: true });
    expect(decide(event({}, { labels: [{ name: 'recovery' }] }), 'recovery')).toEqual({ check: true });
  });
});
