import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../lib/engine/report';
import { readUsername } from '../../../lib/engine/text/username';
import { statusOf } from './rules-helpers';

describe('username.format', () => {
  it('passes one valid name in single backticks', () => {
    expect(statusOf('username.format', 'x', { username: '`heron.dev_2`' })).toBe('pass');
  });

  it.each([
    ['heron', '`heron`'],
    ["'heron'", '`heron`'],
    ['\u2018heron\u2019', '`heron`'],
    ['[heron]', '`heron`'],
    ['@heron', '`heron`'],
    ['username: heron', '`heron`'],
    ['username=[heron]', '`heron`'],
    ['https://pypi.org/user/heron/', '`heron`'],
    ['`heron`.', '`heron`'],
  ])('warns on fixable decoration and offers the fix: %s', (typed, fixed) => {
    const report = buildReport({
      username: typed,
      reason: 'x',
      recoveryCodes: true,
      codeOfConduct: true,
      acknowledgement: true,
    });
    const check = report.checks.find((c) => c.id === 'username.format')!;
    expect(check.status).toBe('warn');
    expect(check.fix).toEqual({ kind: 'username', value: fixed });
    expect(check.message).toContain(fixed);
  });

  it.each([
    'heron@example.org',
    '`username`',
    "(I don't remember it)",
    'heron, otter',
    'heron dev',
    'héron!',
    'a'.repeat(51),
    '',
  ])('fails what is not one PyPI username: %s', (typed) => {
    expect(statusOf('username.format', 'x', { username: typed })).toBe('fail');
  });

  it('reads several names as several, not as one invalid name', () => {
    expect(readUsername('heron or otter')).toEqual({ kind: 'several', names: ['heron', 'otter'] });
  });
});

describe('presence and boxes', () => {
  it('fails an empty username and an empty reason', () => {
    expect(statusOf('username.present', 'x', { username: '  ' })).toBe('fail');
    expect(statusOf('reason.present', '   ')).toBe('fail');
    expect(statusOf('reason.present', 'Lost key')).toBe('pass');
  });

  it.each([
    ['recovery_codes.checked', 'recoveryCodes'],
    ['coc.checked', 'codeOfConduct'],
    ['ack.checked', 'acknowledgement'],
  ] as const)('%s fails unticked and offers to tick it', (id, box) => {
    const report = buildReport({
      username: '`a1`',
      reason: 'x',
      recoveryCodes: true,
      codeOfConduct: true,
      acknowledgement: true,
      [box]: false,
    });
    const check = report.checks.find((c) => c.id === id)!;
    expect(check.status).toBe('fail');
    expect(check.fix).toEqual({ kind: 'tick', box });
    expect(statusOf(id, 'x')).toBe('pass');
  });

  it('explains a box missing because the request used an older form', () => {
    const report = buildReport({
      username: '`a1`',
      reason: 'x',
      recoveryCodes: false,
      codeOfConduct: true,
      acknowledgement: true,
      missing: ['recoveryCodes'],
    });
    expect(report.checks.find((c) => c.id === 'recovery_codes.checked')!.message).toMatch(/older form/);
  });
});

describe('username written as a sentence', () => {
  it('reads "my username is x" as the name x, to be written in backticks', () => {
    expect(readUsername('my username is heron-dev')).toEqual({
      kind: 'decorated',
      name: 'heron-dev',
      fixed: '`heron-dev`',
    });
  });
});

describe('a full stop at the end of a name', () => {
  it('is a sentence ending outside the backticks, but part of what was typed inside them', () => {
    expect(readUsername('`heron-dev`.')).toMatchObject({ kind: 'decorated', name: 'heron-dev' });
    expect(readUsername('heron-dev.')).toMatchObject({ kind: 'decorated', name: 'heron-dev' });
    expect(readUsername('`heron.dev.`')).toEqual({ kind: 'invalid', text: 'heron.dev.', why: 'characters' });
    // Markdown's emphasis does not apply inside backticks: the underscores were typed as part of the name.
    expect(readUsername('`_heron_`')).toEqual({ kind: 'invalid', text: '_heron_', why: 'characters' });
    expect(readUsername('_heron_')).toMatchObject({ kind: 'decorated', name: 'heron' });
    expect(readUsername('`@heron`')).toMatchObject({ kind: 'decorated', name: 'heron' });
    // Quotes and an address keep their own reading, backticks or not.
    expect(readUsername('`"heron"`')).toMatchObject({ kind: 'decorated', name: 'heron' });
    expect(readUsername('`heron@mail.example`').kind).toBe('email');
  });
});
