import { describe, expect, it } from 'vitest';
import { isRecoveryFormUrl, pageState } from '../../../lib/page/detect';
import { readGithubLogin, readSnapshot } from '../../../lib/page/read';
import { MAX_FIELD } from '../../../lib/protocol/limits';
import { FORM_URL, ISSUES_URL, loadDialog, loadFixture } from './helpers';

describe('which page is the recovery form', () => {
  it.each([
    [FORM_URL, true],
    ['https://github.com/pypi/support/issues/new/?template=account-recovery.yml&labels=x', true],
    ['https://github.com/pypi/support/issues/new?template=other.yml', false],
    ['https://github.com/pypi/support/issues/new/choose', false],
    ['https://github.com/someone/support/issues/new?template=account-recovery.yml', false],
    ['https://github.com.evil.example/pypi/support/issues/new?template=account-recovery.yml', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isRecoveryFormUrl(url)).toBe(expected);
  });
});

describe('what the page holds', () => {
  it('the React page on the form URL is the react variant', () => {
    loadFixture('react-form.html');
    const state = pageState(document, FORM_URL);
    expect(state.kind === 'form' && state.form.variant).toBe('react');
  });

  it('the classic page on the form URL is the legacy variant', () => {
    loadFixture('legacy-form.html');
    const state = pageState(document, FORM_URL);
    expect(state.kind === 'form' && state.form.variant).toBe('legacy');
  });

  it('the form inside an open dialog counts on any issues URL', () => {
    loadDialog();
    const state = pageState(document, ISSUES_URL);
    expect(state.kind === 'form' && state.form.variant).toBe('dialog');
  });

  it('a dialog that is hidden does not count', () => {
    loadDialog();
    document.querySelector('[role="dialog"]')?.setAttribute('hidden', '');
    expect(pageState(document, ISSUES_URL).kind).toBe('none');
  });

  it('the same fields on another URL are not our form (another template reusing the labels)', () => {
    loadFixture('react-form.html');
    expect(pageState(document, 'https://github.com/pypi/support/issues/new?template=other.yml').kind).toBe('none');
  });

  it('says "not recognised" on the form URL when the fields are not found, rather than guessing', () => {
    loadFixture('react-form.html');
    // GitHub renames its label markup: no aria-labelledby link any more.
    document.querySelectorAll('[aria-labelledby]').forEach((el) => {
      el.removeAttribute('aria-labelledby');
    });
    document.querySelectorAll('[aria-label="Markdown value"]').forEach((el) => {
      el.removeAttribute('aria-label');
    });
    expect(pageState(document, FORM_URL).kind).toBe('unrecognised');
  });

  it('needs both text fields: a page with only the reason box is not recognised', () => {
    loadFixture('legacy-form.html');
    document.querySelector('input.issue-form-input')?.remove();
    expect(pageState(document, FORM_URL).kind).toBe('unrecognised');
  });

  it('an ordinary issue page is nothing', () => {
    loadFixture('not-form.html');
    expect(pageState(document, 'https://github.com/pypi/support/issues/4242').kind).toBe('none');
  });
});

describe('reading what the user entered', () => {
  it('reads text, boxes and the signed-in login', () => {
    loadFixture('react-form.html');
    const state = pageState(document, FORM_URL);
    if (state.kind !== 'form') throw new Error('form expected');
    const c = state.form.controls;
    c.username!.value = '`octo-maintainer`';
    c.reason!.value = 'I lost my phone.\n\nSecond paragraph with ünïcödé and <b>markup</b>.';
    c.codeOfConduct!.checked = true;
    expect(readSnapshot(state.form, document, FORM_URL)).toEqual({
      url: FORM_URL,
      variant: 'react',
      username: '`octo-maintainer`',
      reason: 'I lost my phone.\n\nSecond paragraph with ünïcödé and <b>markup</b>.',
      recoveryCodes: false,
      codeOfConduct: true,
      acknowledgement: false,
      githubLogin: 'octo-maintainer',
    });
  });

  it('a checkbox group the page lacks reads as null, not as unticked', () => {
    loadFixture('legacy-form.html');
    document.querySelector('fieldset')?.remove();
    const state = pageState(document, FORM_URL);
    if (state.kind !== 'form') throw new Error('form expected');
    expect(readSnapshot(state.form, document, FORM_URL).recoveryCodes).toBeNull();
  });

  it('cuts an absurdly long reason to the message limit instead of dropping the update', () => {
    loadFixture('legacy-form.html');
    const state = pageState(document, FORM_URL);
    if (state.kind !== 'form') throw new Error('form expected');
    state.form.controls.reason!.value = 'a'.repeat(MAX_FIELD + 10);
    expect(readSnapshot(state.form, document, FORM_URL).reason).toHaveLength(MAX_FIELD);
  });

  it('ignores a missing, empty or odd login', () => {
    document.head.innerHTML = '<meta name="user-login" content="">';
    expect(readGithubLogin(document)).toBeNull();
    document.head.innerHTML = '<meta name="user-login" content="<script>">';
    expect(readGithubLogin(document)).toBeNull();
    document.head.innerHTML = '';
    expect(readGithubLogin(document)).toBeNull();
  });
});
