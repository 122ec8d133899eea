import { describe, expect, it } from 'vitest';
import { ownershipReport } from '../../../lib/ownership/index';
import { linksFrom } from '../../../lib/ownership/metadata';
import { ownershipSentence, summarise } from '../../../lib/ownership/summary';
import { judgeProjects, type ProjectFinding } from '../../../lib/ownership/verdict';
import { buildReport } from '../../../lib/engine/report';

function finding(name: string, ...urls: string[]): ProjectFinding {
  const links = linksFrom(urls.map((url) => ({ label: 'Source', url })));
  return { name, normalized: name.toLowerCase(), archived: false, links };
}

const MIXED: ProjectFinding[] = [
  finding('tidyframes', 'https://github.com/Maria-Dev/tidyframes'),
  finding('Data_Wrangler', 'https://github.com/wranglers-org/Data_Wrangler'),
  finding('meshkit', 'https://gitlab.com/geo-tools/meshkit'),
  finding('pyfoo'),
  finding('docsonly', 'https://docsonly.readthedocs.io/'),
  { name: 'broken', normalized: 'broken', archived: false, links: null },
];

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
    expect(results[1]!.repo?.owner).toBe('wranglers-org');
    expect(results[4]!.pages.map((p) => p.url)).toEqual(['https://docsonly.readthedocs.io/']);
  });

  it('prefers the repository under the login when a project links several', () => {
    const [result] = judgeProjects(
      [finding('x', 'https://github.com/some-org/x', 'git@github.com:maria-dev/x.git')],
      'MARIA-DEV',
    );
    expect(result).toMatchObject({ verdict: 'yours', repo: { url: 'https://github.com/maria-dev/x' } });
  });

  it('does not call a repository "yours" or "an organisation" when the login is unknown', () => {
    const results = judgeProjects(MIXED.slice(0, 2), null);
    expect(results.map((r) => r.verdict)).toEqual(['github', 'github']);
    expect(summarise(results).kind).toBe('some-unverifiable');
  });

  it('ignores a login that is not a GitHub login rather than quoting it', () => {
    const results = judgeProjects(MIXED.slice(0, 1), 'maria-dev`<b>');
    expect(results[0]!.verdict).toBe('github');
    expect(ownershipSentence(results, 'maria-dev`<b>')).not.toContain('<b>');
  });
});

describe('the summary above the table', () => {
  it('is "all verifiable" only when every project is under the account', () => {
    expect(summarise(judgeProjects(MIXED.slice(0, 1), 'maria-dev')).kind).toBe('all-verifiable');
    expect(summarise(judgeProjects(MIXED, 'maria-dev')).kind).toBe('some-unverifiable');
  });

  it('tells an account without projects apart, with nothing to insert', () => {
    const report = ownershipReport(
      { found: true, username: 'quiet-coder', declaredCount: 0, projects: [], truncated: false },
      'quiet',
    );
    expect(report.summary.kind).toBe('no-projects');
    expect(report.sentence).toBe('');
  });

  it('tells a name PyPI does not know apart, keeping the login to compare it with', () => {
    const report = ownershipReport({ found: false, username: 'mariadev' }, 'maria-dev');
    expect(report.summary.kind).toBe('not-found');
    expect(report.login).toBe('maria-dev');
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
    expect(ownershipSentence(judgeProjects(MIXED.slice(0, 1), 'maria-dev'))).toMatch(
      /^I maintain this project on PyPI: `tidyframes` \(/,
    );
    const many = Array.from({ length: 45 }, (_, i) => finding(`p${i}`, `https://github.com/me/p${i}`));
    expect(ownershipSentence(judgeProjects(many, 'me'), 'me')).toContain('and 15 more.');
  });

  it('satisfies the ownership-proof check once inserted into a reason', () => {
    const base = { username: '`maria-dev`', recoveryCodes: true, codeOfConduct: true, acknowledgement: true };
    const status = (reason: string) =>
      buildReport({ ...base, reason }).checks.find((c) => c.id === 'reason.ownership_proof')?.status;
    const reason = 'I lost my phone with the authenticator app last week and I have no recovery codes.';
    expect(status(reason)).toBe('warn');
    const sentence = ownershipSentence(judgeProjects(MIXED.slice(0, 2), 'maria-dev'), 'maria-dev');
    expect(status(`${reason} ${sentence}`)).toBe('pass');
  });
});
