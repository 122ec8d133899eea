import { readFileSync } from 'node:fs';
import { requestOf } from '../builders';
import { describe, expect, it } from 'vitest';
import { privacyEmail } from '../../../lib/engine/rules/privacy-email';
import { privacySecrets } from '../../../lib/engine/rules/privacy-secrets';
import { analyse } from '../../../lib/engine/text/analysis';
import { findEmails } from '../../../lib/engine/text/emails';
import { redact } from '../../../lib/engine/redact';
import { findSecrets } from '../../../lib/engine/text/secrets';

interface Case {
  text: string;
  expect: { 'privacy.secrets': 'fail' | 'pass'; 'privacy.email': 'warn' | 'pass' };
  note: string;
}

const cases: Case[] = readFileSync('tests/fixtures/privacy/cases.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Case);

const asRequest = (reason: string) => requestOf(reason);

describe('the written leak-guard cases', () => {
  it('has at least 30 leaks and 30 near misses', () => {
    expect(cases.filter((c) => c.expect['privacy.secrets'] === 'fail').length).toBeGreaterThanOrEqual(30);
    expect(cases.filter((c) => c.expect['privacy.secrets'] === 'pass').length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.note, c] as const))('judges "%s" as labelled', (_note, c) => {
    const request = asRequest(c.text);
    const text = analyse(c.text);
    expect(privacySecrets.run(request, text).status).toBe(c.expect['privacy.secrets']);
    expect(privacyEmail.run(request, text).status).toBe(c.expect['privacy.email']);
  });

  it.each(cases.filter((c) => c.expect['privacy.secrets'] === 'fail').map((c) => [c.note, c] as const))(
    'after "Remove it", "%s" has no secret left and keeps the words around it',
    (_note, c) => {
      const verdict = privacySecrets.run(asRequest(c.text), analyse(c.text));
      expect(verdict.fix?.kind).toBe('redact');
      if (verdict.fix?.kind !== 'redact') return;
      const cleaned = redact(c.text, verdict.fix.spans);
      expect(findSecrets(cleaned)).toEqual([]);
      expect(cleaned).toContain('[removed]');
      // Only the values go: every word of the text that is not part of a secret is still there.
      const kept = redact(c.text, verdict.fix.spans, '\u0000').split('\u0000').join(' ');
      for (const word of kept.split(/\s+/).filter((w) => w.length > 3)) expect(cleaned).toContain(word);
    },
  );

  it.each(cases.filter((c) => c.expect['privacy.email'] === 'warn').map((c) => [c.note, c] as const))(
    'after removing the address, "%s" shows no email',
    (_note, c) => {
      expect(findEmails(redact(c.text, findEmails(c.text)))).toEqual([]);
    },
  );
});
