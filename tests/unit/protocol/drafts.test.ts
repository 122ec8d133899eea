import { describe, expect, it } from 'vitest';
import { isSubmittedIssueUrl, muchShorter, nextDraft, previewLine, restoreOffer } from '../../../lib/protocol/drafts';
import type { Snapshot } from '../../../lib/protocol/messages';
import type { Draft } from '../../../lib/protocol/storage';
import { snapshotOf } from '../builders';

const snap = (username: string | null, reason: string | null): Snapshot => snapshotOf(username, reason, false);
const LONG = 'I lost my phone with the authenticator app on it while travelling in May 2026. I still know my password.';
const saved = (username: string, reason: string): Draft => ({ username, reason, savedAt: 1 });

describe('what the background keeps', () => {
  it('saves the first text typed, and follows later typing', () => {
    const first = nextDraft(null, snap('octo', 'I lost'), 10);
    expect(first).toEqual({ username: 'octo', reason: 'I lost', savedAt: 10 });
    expect(nextDraft(first, snap('octo', 'I lost my phone'), 11)).toEqual({
      username: 'octo',
      reason: 'I lost my phone',
      savedAt: 11,
    });
  });

  it('is not overwritten by a reload that empties the form', () => {
    expect(nextDraft(saved('octo', LONG), snap('', ''), 12)).toBeNull();
    expect(nextDraft(saved('octo', LONG), snap(null, null), 12)).toBeNull();
  });

  it('keeps a long reason when the page comes back with only a scrap of it, but takes a new username', () => {
    expect(nextDraft(saved('octo', LONG), snap('octo-2', 'I lost'), 13)).toEqual({
      username: 'octo-2',
      reason: LONG,
      savedAt: 13,
    });
  });

  it('follows a redaction even when it made the reason much shorter, so a removed key does not come back', () => {
    const withKey = `My key: ${'A'.repeat(400)}`;
    expect(nextDraft(saved('octo', withKey), snap('octo', 'My key: [removed]'), 14)).toEqual({
      username: 'octo',
      reason: 'My key: [removed]',
      savedAt: 14,
    });
  });

  it('saves nothing for a form that was never filled, or when nothing changed', () => {
    expect(nextDraft(null, snap('  ', '\n'), 1)).toBeNull();
    expect(nextDraft(saved('octo', LONG), snap('octo', LONG), 2)).toBeNull();
  });

  it('keeps odd text exactly (HTML, right-to-left, zero-width)', () => {
    const odd = '<script>x</script> שלום\u200b\u202e';
    expect(nextDraft(null, snap(odd, odd), 1)).toEqual({ username: odd, reason: odd, savedAt: 1 });
  });
});

describe('when the panel offers it back', () => {
  it('offers both fields when the form is empty', () => {
    expect(restoreOffer(saved('octo', LONG), snap('', ''))).toEqual({
      username: 'octo',
      reason: LONG,
      preview: `${LONG.slice(0, 79)}…`,
    });
  });

  it('keeps the text in the page when it is still there', () => {
    expect(restoreOffer(saved('octo', LONG), snap('octo', LONG))).toBeNull();
    expect(restoreOffer(saved('octo', 'Short reason.'), snap('octo', 'Short'))).toBeNull();
  });

  it("offers a lost username alone, keeping the page's reason", () => {
    expect(restoreOffer(saved('octo', LONG), snap('', LONG))).toEqual({
      username: 'octo',
      reason: LONG,
      preview: 'octo',
    });
  });

  it('needs a draft and a form', () => {
    expect(restoreOffer(null, snap('', ''))).toBeNull();
    expect(restoreOffer(saved('octo', LONG), null)).toBeNull();
    expect(restoreOffer(saved('octo', LONG), snap('', null))).toBeNull();
  });

  it('calls a reason lost when empty, or under half of a long saved one', () => {
    expect(muchShorter('', 'x')).toBe(true);
    expect(muchShorter('   ', '')).toBe(false);
    expect(muchShorter('I lost', LONG)).toBe(true);
    expect(muchShorter(LONG.slice(0, 60), LONG)).toBe(false);
  });
});

describe('small pieces', () => {
  it('previews the first non-empty line, cut at 80 characters without splitting an emoji', () => {
    expect(previewLine('\n\n  Hello there  \nsecond')).toBe('Hello there');
    const emoji = '🔐'.repeat(100);
    expect(Array.from(previewLine(emoji))).toHaveLength(80);
    expect(previewLine('')).toBe('');
  });

  it('knows the page of a created issue', () => {
    expect(isSubmittedIssueUrl('https://github.com/pypi/support/issues/4242')).toBe(true);
    expect(isSubmittedIssueUrl('https://github.com/pypi/support/issues/4242#issuecomment-1')).toBe(true);
    expect(isSubmittedIssueUrl('https://github.com/pypi/support/issues/new?template=account-recovery.yml')).toBe(false);
    expect(isSubmittedIssueUrl('https://github.com/other/repo/issues/1')).toBe(false);
  });
});
