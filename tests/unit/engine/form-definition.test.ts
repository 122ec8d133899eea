import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  CHECKBOX_FIELDS,
  DESCRIPTIONS,
  FORM_FIELDS,
  fieldForLabel,
  normaliseLabel,
} from '../../../lib/engine/form/definition';

interface YamlField {
  type: string;
  attributes: { label?: string; description?: string; options?: Array<{ label: string }> };
}

// The upstream form lives beside the project; CI lays ../shared next to the clone.
const FORM = resolve(__dirname, '../../../../shared/pypi-support/account-recovery.yml');
const OLD_FORM = resolve(__dirname, '../../../../shared/pypi-support/account-recovery.2021.yml');

function fieldsOf(file: string): YamlField[] {
  const doc = parse(readFileSync(file, 'utf8')) as { body: YamlField[] };
  return doc.body.filter((f) => f.type !== 'markdown');
}

describe('form definition against pypi/support account-recovery.yml', () => {
  it('has the upstream form file to compare with', () => {
    expect(existsSync(FORM)).toBe(true);
  });

  it('lists the same fields, in the same order, with the same labels and types', () => {
    const upstream = fieldsOf(FORM);
    expect(upstream.map((f) => [f.type, f.attributes.label])).toEqual(FORM_FIELDS.map((f) => [f.type, f.label]));
  });

  it('has the same descriptions and checkbox option texts', () => {
    const upstream = fieldsOf(FORM);
    FORM_FIELDS.forEach((field, i) => {
      expect(upstream[i]!.attributes.description!.trim()).toBe(DESCRIPTIONS[field.key]);
      if (field.type === 'checkboxes')
        expect(upstream[i]!.attributes.options!.map((o) => o.label)).toEqual([field.option]);
    });
  });

  it('knows every label of the 2021 form, which lacked the recovery-codes box', () => {
    const old = fieldsOf(OLD_FORM).map((f) => fieldForLabel(f.attributes.label!)?.key);
    expect(old).toEqual(['username', 'reason', 'codeOfConduct', 'acknowledgement']);
    expect(CHECKBOX_FIELDS.map((f) => f.key)).toContain('recoveryCodes');
  });
});

describe('label matching', () => {
  it('ignores case, extra spaces and the required-field star', () => {
    expect(normaliseLabel('  PyPI   Username *')).toBe('pypi username');
    expect(fieldForLabel('reason for REQUEST*')?.key).toBe('reason');
    expect(fieldForLabel('Code of Conduct (required)')?.key).toBe('codeOfConduct');
  });

  it('knows the TestPyPI heading and refuses unrelated headings', () => {
    expect(fieldForLabel('Test PyPI Username')?.key).toBe('username');
    expect(fieldForLabel('Description')).toBeUndefined();
    expect(fieldForLabel('')).toBeUndefined();
  });
});
