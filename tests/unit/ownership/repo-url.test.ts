import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRepoUrl } from '../../../lib/ownership/repo-url';

type Expected = [host: string, owner: string, repo: string] | ['pages', string] | null;

// URL shapes as they appear in the metadata of real projects, and what a maintainer would call them.
const CASES: ReadonlyArray<readonly [string, Expected]> = [
  ['https://github.com/maria-dev/tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes/', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['https://www.github.com/maria-dev/tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['http://github.com/maria-dev/tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['HTTPS://GitHub.COM/Maria-Dev/TidyFrames', ['github', 'Maria-Dev', 'TidyFrames']],
  ['https://github.com/maria-dev/tidyframes/tree/main', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes/tree/main/docs', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes/issues', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes/blob/main/CHANGELOG.md', ['github', 'maria-dev', 'tidyframes']],
  [
    'https://github.com/maria-dev/tidyframes/releases/download/v1.0/tidyframes-1.0.tar.gz',
    ['github', 'maria-dev', 'tidyframes'],
  ],
  ['https://github.com/maria-dev/tidyframes/archive/refs/tags/v2.1.0.zip', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes?tab=readme-ov-file', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/maria-dev/tidyframes#readme', ['github', 'maria-dev', 'tidyframes']],
  ['git+https://github.com/maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['git+https://github.com/maria-dev/tidyframes.git@v1.2#egg=tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['git://github.com/maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['ssh://git@github.com/maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['git+ssh://git@github.com/maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['git@github.com:maria-dev/tidyframes.git', ['github', 'maria-dev', 'tidyframes']],
  ['github.com/maria-dev/tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['  <https://github.com/maria-dev/tidyframes>  ', ['github', 'maria-dev', 'tidyframes']],
  ['https://raw.githubusercontent.com/maria-dev/tidyframes/main/README.md', ['github', 'maria-dev', 'tidyframes']],
  ['https://api.github.com/repos/maria-dev/tidyframes', ['github', 'maria-dev', 'tidyframes']],
  ['https://github.com/wranglers-org/Data_Wrangler', ['github', 'wranglers-org', 'Data_Wrangler']],
  ['https://github.com/zopefoundation/zope.interface', ['github', 'zopefoundation', 'zope.interface']],
  ['https://gitlab.com/geo-tools/meshkit', ['gitlab', 'geo-tools', 'meshkit']],
  ['https://gitlab.com/geo-tools/meshing/meshkit', ['gitlab', 'geo-tools/meshing', 'meshkit']],
  ['https://gitlab.com/geo-tools/meshing/meshkit/-/issues', ['gitlab', 'geo-tools/meshing', 'meshkit']],
  ['https://gitlab.com/geo-tools/meshing/meshkit/-/tree/main/src', ['gitlab', 'geo-tools/meshing', 'meshkit']],
  ['git@gitlab.com:geo-tools/meshkit.git', ['gitlab', 'geo-tools', 'meshkit']],
  ['https://bitbucket.org/atlas-team/atlas-py', ['bitbucket', 'atlas-team', 'atlas-py']],
  ['https://bitbucket.org/atlas-team/atlas-py/src/master/', ['bitbucket', 'atlas-team', 'atlas-py']],
  ['https://codeberg.org/fedi/pyfedi', ['other', 'fedi', 'pyfedi']],
  ['https://git.sr.ht/~sircmpwn/hut', ['other', 'sircmpwn', 'hut']],
  ['https://salsa.debian.org/python-team/packages/foo', ['other', 'python-team/packages', 'foo']],
  ['https://git.example.org/team/tool.git', ['other', 'team', 'tool']],
  ['https://maria-dev.github.io/tidyframes/', ['pages', 'maria-dev']],
  ['https://Maria-Dev.GitHub.io', ['pages', 'maria-dev']],
  ['https://tidyframes.readthedocs.io/en/latest/', ['pages', 'tidyframes']],
  ['https://meshkit.gitlab.io/docs', ['pages', 'meshkit']],
  ['https://github.com/maria-dev', null],
  ['https://github.com/sponsors/maria-dev', null],
  ['https://github.com/orgs/wranglers-org/people', null],
  ['https://gist.github.com/maria-dev/0123456789abcdef', null],
  ['https://pypi.org/project/tidyframes/', null],
  ['https://tidyframes.example.com', null],
  ['mailto:maria@example.org', null],
  ['maria@example.org', null],
  ['javascript:alert(1)', null],
  ['UNKNOWN', null],
  ['', null],
  ['https://github.com/maria dev/tidyframes', null],
  ['https://github.com/maria-dev/tidyframes"><script>alert(1)</script>', null],
];

describe('reading repository URLs from project metadata', () => {
  it.each(CASES)('%s', (url, expected) => {
    const reading = readRepoUrl(url);
    if (expected === null) return expect(reading).toBeNull();
    if (expected[0] === 'pages') {
      expect(reading).toMatchObject({ host: 'pages', owner: expected[1] });
      return;
    }
    const [host, owner, repo] = expected;
    expect(reading).toMatchObject({ host, owner, repo });
  });

  it('holds more than thirty shapes', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it('rebuilds a clean https link whatever shape the metadata used', () => {
    expect(readRepoUrl('git@github.com:maria-dev/tidyframes.git')).toMatchObject({
      url: 'https://github.com/maria-dev/tidyframes',
    });
    expect(readRepoUrl('https://gitlab.com/a/b/c/-/tree/x?y#z')).toMatchObject({ url: 'https://gitlab.com/a/b/c' });
  });

  // A backtracking pattern would not finish these within the test timeout; speed is for the bench.
  it('turns down a very long hostile string instead of guessing a link from it', () => {
    expect(readRepoUrl(`https://github.com/${'a/'.repeat(5000)}`)).toBeNull();
    expect(readRepoUrl(`git@${'@:'.repeat(50_000)}`)).toBeNull();
  });

  it('never throws, and only ever hands back plain https links made of safe characters', () => {
    const pieces = fc.constantFrom(
      'https://',
      'git@',
      'github.com',
      'gitlab.com',
      '/',
      ':',
      '.git',
      '@',
      '<',
      '"',
      '`',
      ' ',
      '%2F',
      '..',
      'a',
      'Z',
      '-',
      '~',
      '?',
      '#',
      '\u0000',
      'é',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')),
        (url) => {
          const reading = readRepoUrl(url);
          if (reading !== null) expect(reading.url).toMatch(/^https:\/\/[a-z0-9.-]+\/[A-Za-z0-9._~/-]*$/);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
