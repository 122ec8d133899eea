import { ACK_FIELD, COC_FIELD, RECOVERY_CODES_FIELD, type CheckboxFieldDef } from '../form/definition';
import type { CheckId } from '../form/schema';
import { pass, verdict, type Rule } from './types';

/** The three required boxes share one shape: ticked, unticked, or missing from an old form. */
function checkboxRule(id: CheckId, field: CheckboxFieldDef, why: string): Rule {
  return {
    id,
    scored: true,
    run(request) {
      if (request[field.key]) return pass(`"${field.option}" is ticked.`);
      const missing = request.missing.includes(field.key)
        ? `This request has no "${field.label}" section (it was written on an older form). `
        : '';
      return verdict('fail', `${missing}Tick "${field.option}" under "${field.label}". ${why}`, {
        fix: { kind: 'tick', box: field.key },
      });
    },
  };
}

export const recoveryCodesChecked = checkboxRule(
  'recovery_codes.checked',
  RECOVERY_CODES_FIELD,
  'Support only resets 2FA when the recovery codes cannot be used; if you still have one, log in with it instead.',
);
export const cocChecked = checkboxRule('coc.checked', COC_FIELD, 'The form requires it.');
export const ackChecked = checkboxRule(
  'ack.checked',
  ACK_FIELD,
  'Recovery requests are checked by hand by a small team and can take weeks.',
);
