import { describe, expect, it } from 'vitest';
import { composeBody, parseBody } from '../../../lib/engine/form/body';

const CURRENT = [
  '### PyPI Username',
  '',
  '`river-otter`',
  '',
  '### Reason for request',
  '',
  'My tablet with the authenticator fell into a lake in May.',
  '',
  '### Recovery Codes',
  '',
  '- [x] I never generated or have lost access to the recovery codes for my account',
  '',
  '### Code of Conduct',
  '',
  '- [X] I agree to follow the PSF Code of Conduct',
  '',
  '### Acknowledgement',
  '',
  '- [ ] I understand that it may take a significant amount of time to process my account recovery request.',
].join('\n');

describe('parseBody', () => {
  it('reads every field of the current form, with either case of x', () => {
    const { request, format } = parseBody(CURRENT);
    expect(format).toBe('form');
    expect(request).toMatchObject({
      username: '`river-otter`',
      reason: 'My tablet with the authenticator fell into a lake in May.',
      recoveryCodes: true,
      codeOfConduct: true,
      acknowledgement: false,
      missing: [],
    });
  });

  it('reads Windows line endings the same way', () => {
    expect(parseBody(CURRENT.replace(/\n/g, '\r\n')).request).toEqual(parseBody(CURRENT).request);
  });

  it('turns _No response_ into an empty field', () => {
    const { request } = parseBody('### PyPI Username\n\n_No response_\n\n### Reason for request\n\n_No response_');
    expect(request.username).toBe('');
    expect(request.reason).toBe('');
  });

  it('marks the recovery-codes box as missing on the 2021 form', () => {
    const old = CURRENT.replace(/### Recovery Codes\n\n- \[x\][^\n]*\n\n/, '');
    const { request } = parseBody(old);
    expect(request.recoveryCodes).toBe(false);
    expect(request.missing).toEqual(['recoveryCodes']);
  });

  it('keeps a ### heading typed inside the reason as part of the reason', () => {
    const body = CURRENT.replace(
      'fell into a lake in May.',
      'fell into a lake.\n\n### Timeline\n\nIt happened in May.',
    );
    expect(parseBody(body).request.reason).toBe(
      'My tablet with the authenticator fell into a lake.\n\n### Timeline\n\nIt happened in May.',
    );
  });

  it('keeps a quoted form heading inside the reason when the real one follows', () => {
    const body = CURRENT.replace('fell into a lake in May.', 'The page said:\n### Code of Conduct\nthen nothing.');
    const { request } = parseBody(body);
    expect(request.reason).toContain('### Code of Conduct');
    expect(request.codeOfConduct).toBe(true);
  });

  it('reads the 2020 markdown template with ## headings and rules between sections', () => {
    const body =
      'Request for account recovery.\n\n## PyPI Username\n\n`heron`\n\n---\n\n##  Reason for request\n\nReason: my phone was reset.';
    const { request } = parseBody(body);
    expect(request.username).toBe('`heron`');
    expect(request.reason).toBe('Reason: my phone was reset.');
    expect(request.missing).toEqual(['recoveryCodes', 'codeOfConduct', 'acknowledgement']);
  });

  it('reads setext headings', () => {
    const { request } = parseBody(
      'PyPI Username\n-------------\nheron\n\nReason for request\n==================\nLost my key.',
    );
    expect(request.username).toBe('heron');
    expect(request.reason).toBe('Lost my key.');
  });

  it('reads the TestPyPI heading variant', () => {
    expect(parseBody('### Test PyPI Username\n\n`heron`\n\n### Reason for request\n\nx').request.username).toBe(
      '`heron`',
    );
  });

  it('judges a body with no form sections as one long reason', () => {
    const { request, format } = parseBody('Hello, I cannot get into my account since my phone broke.');
    expect(format).toBe('free');
    expect(request.reason).toBe('Hello, I cannot get into my account since my phone broke.');
    expect(request.username).toBe('');
  });

  it('keeps text written above the first heading with the reason', () => {
    const { request } = parseBody(
      'Sorry for the second issue!\n\n### PyPI Username\n\nheron\n\n### Reason for request\n\nLost key.',
    );
    expect(request.reason).toBe('Sorry for the second issue!\n\nLost key.');
  });

  it('does not throw on empty text', () => {
    expect(parseBody('').request.reason).toBe('');
  });
});

describe('composeBody', () => {
  it('writes the body GitHub writes, and parses back to the same fields', () => {
    const request = {
      username: '`heron`',
      reason: 'Phone stolen in June.',
      recoveryCodes: true,
      codeOfConduct: true,
      acknowledgement: false,
      missing: [],
    };
    const body = composeBody(request);
    expect(body).toContain('### PyPI Username\n\n`heron`\n\n### Reason for request');
    expect(body).toContain('- [ ] I understand');
    expect(parseBody(body).request).toEqual(request);
  });

  it('writes _No response_ for empty fields', () => {
    const body = composeBody({
      username: '',
      reason: ' ',
      recoveryCodes: false,
      codeOfConduct: false,
      acknowledgement: false,
    });
    expect(body.match(/_No response_/g)).toHaveLength(2);
  });
});

describe('the 2020 template left unfilled', () => {
  const body = (reason: string) =>
    `Request for account recovery.\n\n## PyPI Username\n\n\`old-timer\`\n\n---\n\n##  Reason for request\n\n${reason}\n`;

  it('reads a "Reason:" label with nothing after it, under the template\'s own lines, as no reason at all', () => {
    expect(parseBody(body('  - Lost 2FA authentication app or security token\n\nReason:')).request.reason).toBe('');
    expect(parseBody(body('Reason:\n')).request.reason).toBe('');
  });

  it('keeps what the writer wrote under the label, and a reason that only mentions the word', () => {
    expect(
      parseBody(body('  - Lost access to email address\n\nReason:\nThe university closed my mailbox in 2023.')).request
        .reason,
    ).toMatch(/closed my mailbox/);
    expect(parseBody(body('My reason: the phone broke.')).request.reason).toBe('My reason: the phone broke.');
  });
});
