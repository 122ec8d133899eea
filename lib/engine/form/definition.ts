/**
 * The PyPI account-recovery issue form (pypi/support `.github/ISSUE_TEMPLATE/account-recovery.yml`),
 * written down once. Everything that needs a label, a description or a checkbox text reads it from here;
 * tests/unit/form-definition.test.ts holds it against the YAML so an upstream change is caught.
 */

export type CheckboxKey = 'recoveryCodes' | 'codeOfConduct' | 'acknowledgement';
export type FieldKey = 'username' | 'reason' | CheckboxKey;

export interface TextFieldDef {
  key: 'username' | 'reason';
  type: 'input' | 'textarea';
  label: string;
  /** Other headings the same field has carried (old templates, TestPyPI copies). Compared without case. */
  aliases: readonly string[];
}

export interface CheckboxFieldDef {
  key: CheckboxKey;
  type: 'checkboxes';
  label: string;
  option: string;
  aliases: readonly string[];
}

export type FieldDef = TextFieldDef | CheckboxFieldDef;

export const FORM_URL = 'https://github.com/pypi/support/issues/new?template=account-recovery.yml';

export const USERNAME_FIELD: TextFieldDef = {
  key: 'username',
  type: 'input',
  label: 'PyPI Username',
  aliases: ['Test PyPI Username', 'TestPyPI Username', 'PyPI User name', 'Username'],
};

export const REASON_FIELD: TextFieldDef = {
  key: 'reason',
  type: 'textarea',
  label: 'Reason for request',
  aliases: ['Reason'],
};

export const RECOVERY_CODES_FIELD: CheckboxFieldDef = {
  key: 'recoveryCodes',
  type: 'checkboxes',
  label: 'Recovery Codes',
  option: 'I never generated or have lost access to the recovery codes for my account',
  aliases: ['Recovery code lost', 'Recovery Code'],
};

export const COC_FIELD: CheckboxFieldDef = {
  key: 'codeOfConduct',
  type: 'checkboxes',
  label: 'Code of Conduct',
  option: 'I agree to follow the PSF Code of Conduct',
  aliases: [],
};

export const ACK_FIELD: CheckboxFieldDef = {
  key: 'acknowledgement',
  type: 'checkboxes',
  label: 'Acknowledgement',
  option: 'I understand that it may take a significant amount of time to process my account recovery request.',
  aliases: ['Acknowledgment'],
};

/**
 * Each field's description, as the form shows it under the label. Apart from the fields themselves: only the
 * test against the upstream YAML reads them, and the content script should not carry them to every page.
 */
export const DESCRIPTIONS: Readonly<Record<FieldKey, string>> = {
  username: 'Enter your PyPI `username` wrapped with single backticks',
  reason:
    'State the reason for your request\n- Lost access to email address\n- Lost 2FA authentication app or security token',
  recoveryCodes:
    'Every PyPI account generates eight recovery codes when 2FA is enabled, for use when the 2FA app or security token is lost.',
  codeOfConduct:
    'Read the [PSF Code of Conduct][CoC] first.\n\n[CoC]: https://github.com/pypa/.github/blob/main/CODE_OF_CONDUCT.md',
  acknowledgement:
    'By their nature account recovery issues are labor intensive. The PyPI team has limited resources available for their completion.\n\nThere may be a delay of a week or more between responses for these issues.',
};

/** In the order the form shows them, which is also the order GitHub writes them into the body. */
export const FORM_FIELDS: readonly FieldDef[] = [
  USERNAME_FIELD,
  REASON_FIELD,
  RECOVERY_CODES_FIELD,
  COC_FIELD,
  ACK_FIELD,
];
export const CHECKBOX_FIELDS: readonly CheckboxFieldDef[] = [RECOVERY_CODES_FIELD, COC_FIELD, ACK_FIELD];

/** GitHub writes this for an empty input or textarea. */
export const NO_RESPONSE = '_No response_';

/** Lower case, single spaces, no trailing `*` (required marker), `:` or "(required)". */
export function normaliseLabel(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\(required\)$/i, '')
    .replace(/[\s*:]+$/, '')
    .toLowerCase();
}

/** Every label and alias, normalised once: the content script asks this for every label on the page. */
let byLabel: Map<string, FieldDef> | null = null;

/** The field a heading or label names, or undefined. */
export function fieldForLabel(text: string): FieldDef | undefined {
  const wanted = normaliseLabel(text);
  if (wanted.length === 0 || wanted.length > 60) return undefined;
  if (byLabel === null) {
    byLabel = new Map();
    for (const f of [...FORM_FIELDS].reverse())
      for (const name of [...f.aliases, f.label]) byLabel.set(normaliseLabel(name), f);
  }
  return byLabel.get(wanted);
}
