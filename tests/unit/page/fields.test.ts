import { describe, expect, it } from 'vitest';
import { COC_FIELD, REASON_FIELD, RECOVERY_CODES_FIELD, USERNAME_FIELD } from '../../../lib/engine/form/definition';
import { BOX_STRATEGIES, findControls, TEXT_STRATEGIES } from '../../../lib/page/fields';
import { loadFixture } from './helpers';

const strategy = <T>(list: ReadonlyArray<readonly [string, T]>, name: string): T => {
  const found = list.find(([n]) => n === name);
  if (!found) throw new Error(`no strategy ${name}`);
  return found[1];
};

describe('finding the form fields by their labels', () => {
  it('finds every control of the React page, whose labels are only linked by aria-labelledby', () => {
    loadFixture('react-form.html');
    const c = findControls(document);
    expect(c.username?.tagName).toBe('INPUT');
    expect(c.reason?.tagName).toBe('TEXTAREA');
    expect(c.recoveryCodes?.id).toBe(':rc:');
    expect(c.codeOfConduct?.id).toBe(':rd:');
    expect(c.acknowledgement?.id).toBe(':re:');
  });

  it('does not take the title box for the username (both are single-line inputs)', () => {
    loadFixture('react-form.html');
    expect(findControls(document).username?.getAttribute('aria-label')).toBeNull();
  });

  it('finds every control of the classic form, whose names are hashes', () => {
    loadFixture('legacy-form.html');
    const c = findControls(document);
    expect(c.username?.id).toMatch(/^issue_form_7a3c/);
    expect(c.reason?.classList.contains('issue-form-textarea')).toBe(true);
    expect(c.recoveryCodes?.name).toMatch(/^issue_form\[0c1e/);
    expect(c.acknowledgement?.name).toMatch(/^issue_form\[2e3f/);
  });

  it('finds nothing on an ordinary issue page, even with a comment box and a checkbox', () => {
    loadFixture('not-form.html');
    expect(findControls(document)).toEqual({
      username: null,
      reason: null,
      recoveryCodes: null,
      codeOfConduct: null,
      acknowledgement: null,
    });
  });

  it('aria-labelledby: a label with a required star, in a span', () => {
    document.body.innerHTML = '<span id="a">PyPI Username<span>*</span></span><input aria-labelledby="a">';
    expect(strategy(TEXT_STRATEGIES, 'aria-labelledby')(document, USERNAME_FIELD)).toBe(
      document.querySelector('input'),
    );
  });

  it('label[for]: an id React generated with colons', () => {
    document.body.innerHTML = '<label for=":r9:">Reason for request *</label><textarea id=":r9:"></textarea>';
    expect(strategy(TEXT_STRATEGIES, 'label[for]')(document, REASON_FIELD)).toBe(document.querySelector('textarea'));
  });

  it('wrapping label: the textarea text is not read as part of the label', () => {
    document.body.innerHTML = '<label>Reason for request <textarea>lost my phone</textarea></label>';
    expect(strategy(TEXT_STRATEGIES, 'wrapping label')(document, REASON_FIELD)).toBe(
      document.querySelector('textarea'),
    );
  });

  it('aria-label on the control itself, and an older heading of the field', () => {
    document.body.innerHTML = '<input aria-label="Username (required)">';
    expect(strategy(TEXT_STRATEGIES, 'aria-label')(document, USERNAME_FIELD)).toBe(document.querySelector('input'));
  });

  it('issue_form name: the 2022 classic form named fields after the label', () => {
    document.body.innerHTML =
      '<input name="issue_form[pypi_username]"><textarea id="issue_form_reason_for_request"></textarea>';
    expect(strategy(TEXT_STRATEGIES, 'issue_form name')(document, USERNAME_FIELD)).toBe(
      document.querySelector('input'),
    );
    expect(strategy(TEXT_STRATEGIES, 'issue_form name')(document, REASON_FIELD)).toBe(
      document.querySelector('textarea'),
    );
  });

  it('never takes a checkbox or hidden input for a text field', () => {
    document.body.innerHTML =
      '<label for="h">PyPI Username</label><input type="hidden" id="h"><span id="l">Reason for request</span><input type="checkbox" aria-labelledby="l">';
    const c = findControls(document);
    expect(c.username).toBeNull();
    expect(c.reason).toBeNull();
  });

  it('checkbox by option label, wherever the label is', () => {
    document.body.innerHTML =
      '<input type="checkbox" id="x"><label for="x">I agree to follow the PSF Code of Conduct</label>';
    expect(strategy(BOX_STRATEGIES, 'option label')(document, COC_FIELD)?.id).toBe('x');
  });

  it('checkbox by the classic form value when its label says something else', () => {
    document.body.innerHTML =
      '<input type="checkbox" value="I agree to follow the PSF Code of Conduct"> <span>Agree</span>';
    expect(strategy(BOX_STRATEGIES, 'option label')(document, COC_FIELD)).not.toBeNull();
  });

  it('checkbox by its group legend when the option was reworded upstream', () => {
    document.body.innerHTML =
      '<fieldset><legend>Recovery Codes *</legend><label><input type="checkbox"> I have no codes</label></fieldset>';
    expect(strategy(BOX_STRATEGIES, 'fieldset legend')(document, RECOVERY_CODES_FIELD)).not.toBeNull();
  });

  it('checkbox by a role=group labelled by a heading', () => {
    document.body.innerHTML =
      '<h3 id="g">Code of Conduct</h3><div role="group" aria-labelledby="g"><input type="checkbox"></div>';
    expect(strategy(BOX_STRATEGIES, 'group aria-labelledby')(document, COC_FIELD)).not.toBeNull();
  });

  it('does not guess which box a group means when it holds several', () => {
    document.body.innerHTML =
      '<fieldset><legend>Code of Conduct</legend><input type="checkbox"><input type="checkbox"></fieldset>';
    expect(findControls(document).codeOfConduct).toBeNull();
  });

  it('reports a checkbox group the page lacks as missing (forms before 2024 had no Recovery Codes)', () => {
    loadFixture('legacy-form.html');
    document.querySelector('fieldset')?.remove();
    const c = findControls(document);
    expect(c.recoveryCodes).toBeNull();
    expect(c.codeOfConduct).not.toBeNull();
  });
});
