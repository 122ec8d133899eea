import { describe, expect, it } from 'vitest';
import { ownershipReport } from '../../../lib/ownership/index';
import { linksFrom } from '../../../lib/ownership/metadata';
import { ownershipSentence, summarise } from '../../../lib/ownership/summary';
import { judgeProjects, type ProjectFinding } from '../../../lib/ownership/verdict';
import { buildReport } from '../../../lib/engine/report';

function finding(name: string, ...urls: string[]): ProjectFinding {
  const links = linksFrom(urls.map((url) => ({ label: 'Source', url })));
  return { name, normalized: name.toLowerCase(), archived: false, links, problem: null };
}

const MIXED: ProjectFinding[] = [
  finding('tidyframes', 'https://github.com/Maria-Dev/tidyframes'),
  finding('Data_Wrangler', 'https://github.com/wranglers-org/Data_Wrangler'),
  finding('meshkit', 'https://gitlab.com/geo-tools/meshkit'),
  finding('pyfoo'),
  finding('docsonly', 'https://docsonly.readthedocs.io/'),
  { name: 'broken', normalized: 'broken', archived: false, links: null, problem: 'PyPI sent metadata that is not valid JSON.' },
];

const NO_PROMISES = /guarantee|will be (?:restored|reset|recovered)|certainly|100%/i;

describe('judging each project against the GitHub login', () => {
  it('gives each project the verdict a maintainer would expect, login compared without case', () => {
    const results = judgeProjects(MIXED, 'maria-dev');
    expect(results.map((r) => [r.project, r.verdict])).toEqual([
      ['tidyframes', 'yours'],
      ['Data_Wrangler', 'organisation'],
      ['meshkit', 'other-host'],
      ['pyfoo', 'no-repo'],
      ['docsonly', 'no-repo'],
      ['broken', 'unchecked'],
    ]);
    expect(results[1]!.note).toContain('wranglers-org');
    expect(results[3]!.note).toContain('no URLs');
    expect(results[4]!.note).toContain('docsonly.readthedocs.io');
    expect(results[5]!.note).toContain('not valid JSON');
  });

  it('prefers the repository under the login when a project links several', () => {
    const [result] = judgeProjects([finding('x', 'https://github.com/some-org/x', 'git@github.com:maria-dev/x.git')], 'MARIA-DEV');
    expect(result).toMatchObject({ verdict: 'yours', repo: { url: 'https://github.com/maria-dev/x' } });
  });

  it('does not call a repository "yours" or "an organisation" when the login is unknown', () => {
    const results = judgeProjects(MIXED.slice(0, 2), null);
    expect(results.map((r) => r.verdict)).toEqual(['github', 'github']);
    expect(summarise(results, null).advice.join(' ')).toMatch(/sign in to GitHub/);
  });

  it('ignores a login that is not a GitHub login rather than quoting it', () => {
    const results = judgeProjects(MIXED.slice(0, 1), 'maria-dev`<b>');
    expect(results[0]!.verdict).toBe('github');
    expect(ownershipSentence(results, 'maria-dev`<b>')).not.toContain('<b>');
  });
});

describe('the summary above the table', () => {
  it('says when every project is under the account, without promising the outcome', () => {
    const summary = summarise(judgeProjects(MIXED.slice(0, 1), 'maria-dev'), 'maria-dev');
    expect(summary.kind).toBe('all-verifiable');
    expect(summary.message).toContain('`maria-dev`');
    expect(summary.message).not.toMatch(NO_PROMISES);
  });

  it('lists what proof to add for each kind of gap', () => {
    const summary = summarise(judgeProjects(MIXED, 'maria-dev'), 'maria-dev');
    expect(summary.kind).toBe('some-unverifiable');
    expect(summary.message).toMatch(/^1 of 6 projects/);
    expect(summary.advice).toHaveLength(4);
    expect(summary.advice[0]).toMatch(/`Data_Wrangler`.*`wranglers-org`.*role/);
    expect(summary.advice[1]).toMatch(/`meshkit`.*not on GitHub/);
    expect(summary.advice[2]).toMatch(/`pyfoo` and `docsonly`: no repository/);
    expect(summary.advice[3]).toMatch(/`broken`/);
    for (const line of [summary.message, ...summary.advice]) expect(line).not.toMatch(NO_PROMISES);
  });

  it('explains what happens to an account without projects', () => {
    const report = ownershipReport({ found: true, username: 'quiet-coder', declaredCount: 0, projects: [], truncated: false }, 'quiet');
    expect(report.summary.kind).toBe('no-projects');
    expect(report.summary.message).toMatch(/PyPI can reset accounts without projects after confirming the email/);
    expect(report.sentence).toBe('');
  });

  it('points at a misspelt name or a GitHub handle used by mistake', () => {
    const report = ownershipReport({ found: false, username: 'mariadev' }, 'maria-dev');
    expect(report.summary.kind).toBe('not-found');
    expect(report.summary.message).toBe('No PyPI user `mariadev`; check the spelling. Your PyPI name may differ from your GitHub handle `maria-dev`.');
  });
});

describe('the wording offered for the reason', () => {
  it('names every project with its repository as proof', () => {
    const sentence = ownershipSentence(judgeProjects(MIXED.slice(0, 4), 'maria-dev'), 'maria-dev');
    expect(sentence).toContain(
      'I maintain these projects on PyPI: `tidyframes` (https://github.com/Maria-Dev/tidyframes), `Data_Wrangler` (https://github.com/wranglers-org/Data_Wrangler), `meshkit` (https://gitlab.com/geo-tools/meshkit) and `pyfoo`.',
    );
    expect(sentence).toContain('`maria-dev`');
    expect(sentence).toMatch(/under `wranglers-org` belong to an organisation where my role is \[your role\]/);
  });

  it('uses the singular for one project and shortens a very long list', () => {
    expect(ownershipSentence(judgeProjects(MIXED.slice(0, 1), 'maria-dev'))).toMatch(/^I maintain this project on PyPI: `tidyframes` \(/);
    const many = Array.from({ length: 45 }, (_, i) => finding(`p${i}`, `https://github.com/me/p${i}`));
    expect(ownershipSentence(judgeProjects(many, 'me'), 'me')).toContain('and 15 more.');
  });

  it('satisfies the ownership-proof check once inserted into a reason', () => {
    const base = { username: '`maria-dev`', recoveryCodes: true, codeOfConduct: true, acknowledgement: true };
    const status = (reason: string) => buildReport({ ...base, reason }).checks.find((c) => c.id === 'reason.ownership_proof')?.status;
    const reason = 'I lost my phone with the authenticator app last week and I have no recovery codes.';
    expect(status(reason)).toBe('warn');
    const sentence = ownershipSentence(judgeProjects(MIXED.slice(0, 2), 'maria-dev'), 'maria-dev');
    expect(status(`${reason} ${sentence}`)).toBe('pass');
  });
});
