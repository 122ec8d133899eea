import { GROUP_OF } from '../../../lib/engine/checks';
import { describe, expect, it } from 'vitest';
import { privacyEmail } from '../../../lib/engine/rules/privacy-email';
import { analyse } from '../../../lib/engine/text/analysis';
import { findEmails } from '../../../lib/engine/text/emails';
import { mergeSpans, redact } from '../../../lib/engine/redact';
import { EMAIL_SHAPES, repeatTo } from '../../../scripts/bench/shapes';
import { requestOf } from '../builders';

const run = (reason: string, username?: string) => privacyEmail.run(requestOf(reason, username), analyse(reason));
const shown = (text: string) => findEmails(text).map((e) => text.slice(e.start, e.end));

describe('finding email addresses', () => {
  it.each([
    ['plain', 'write to first.last+pypi@mail.example-host.co.uk today', ['first.last+pypi@mail.example-host.co.uk']],
    ['at the end of a sentence', 'It was jo@corp.io.', ['jo@corp.io']],
    ['in brackets and code spans', '(`ana@uni.edu`) and <li@qq.com>', ['ana@uni.edu', 'li@qq.com']],
    ['glued to CJK text', '我的邮箱是wei@qq.com', ['wei@qq.com']],
    ['a markdown mailto link, as one span', 'see [a@b.org](mailto:c@d.org) please', ['[a@b.org](mailto:c@d.org)']],
  ])('%s', (_what, text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it.each([
    ['a GitHub mention', 'thanks @someone'],
    ['a pinned package', 'pip install pkg@1.2.3'],
    ['a git remote', 'git@github.com:owner/repo.git'],
    ["PyPI support's own address", 'I wrote to admin@pypi.org'],
    ['an image name', 'logo@2x.png'],
  ])('ignores %s', (_what, text) => {
    expect(findEmails(text)).toEqual([]);
  });

  // @ signs and dots in every half-finished arrangement, a megabyte of each (speed per MB is printed by
  // `npm run bench`; a catastrophic pattern would not finish within the test timeout).
  it.each(Object.entries(EMAIL_SHAPES))(
    'finishes a megabyte of %s with the right findings, the same each time',
    (shape, unit) => {
      const text = repeatTo(unit, 1_000_000);
      const found = findEmails(text);
      if (shape === 'mailto links') {
        // One finding per complete link: the address in each, never one span swallowing its neighbours.
        expect(found).toHaveLength(Math.floor(text.length / unit.length));
        for (const f of found) expect(text.slice(f.start, f.end)).toContain('y@z.io');
      } else {
        expect(found).toEqual([]); // no address has a real domain in these shapes
      }
      expect(findEmails(text)).toEqual(found);
    },
    20_000,
  );
});

describe('privacy.email', () => {
  it('warns, explains why, and offers to remove the address from the reason', () => {
    const reason = 'My account email is mia@example-mail.net, which I still read.';
    const v = run(reason);
    expect(v.status).toBe('warn');
    expect(v.message).toMatch(/spam/);
    expect(v.message).toMatch(/PyPI already knows/);
    expect(v.fix).toMatchObject({ kind: 'redact', field: 'reason' });
    if (v.fix?.kind !== 'redact') return;
    expect(redact(reason, v.fix.spans)).toBe('My account email is [removed], which I still read.');
  });

  it('warns about an address typed in the username box and offers to clear it there', () => {
    const v = run('I lost my phone.', 'mia@example-mail.net');
    expect(v.status).toBe('warn');
    expect(v.message).toContain('username box');
    expect(v.fix).toMatchObject({ kind: 'redact', field: 'username', spans: [{ start: 0, end: 20 }] });
  });

  it('passes text with no address', () => {
    expect(run('Reach me here on GitHub.').status).toBe('pass');
  });

  it('is a warning only: it is not counted in the score', () => {
    expect(privacyEmail.scored).toBe(false);
    expect(GROUP_OF[privacyEmail.id]).toBe('privacy');
  });
});

describe('redact', () => {
  it('merges overlapping and touching spans into one replacement', () => {
    expect(
      redact('abcdefghij', [
        { start: 2, end: 5 },
        { start: 4, end: 7 },
        { start: 7, end: 8 },
      ]),
    ).toBe('ab[removed]ij');
  });

  it('keeps the text when there is nothing to remove, and ignores spans past the end', () => {
    expect(redact('same', [])).toBe('same');
    expect(
      redact('short', [
        { start: 3, end: 99 },
        { start: 50, end: 60 },
      ]),
    ).toBe('sho[removed]');
    expect(mergeSpans([{ start: 5, end: 5 }], 10)).toEqual([]);
  });

  it('uses the replacement it is given', () => {
    expect(redact('pin 123456', [{ start: 4, end: 10 }], '******')).toBe('pin ******');
  });
});
