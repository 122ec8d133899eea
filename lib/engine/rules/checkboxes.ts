import { ACK_FIELD, COC_FIELD, RECOVERY_CODES_FIELD, type CheckboxFieldDef } from '../form/definition';
import type { CheckId } from '../form/schema';
import { said, type MessageKey } from '../words';
import { pass, verdict, type Rule } from './types';

/** The three required boxes share one shape: ticked, unticked, or missing from an old form. */
function checkboxRule(id: CheckId, field: CheckboxFieldDef, why: MessageKey): Rule {
  return {
    id,
    scored: true,
    run(request) {
      // The form's own words stay English: they are what the writer must find on the page.
      if (request[field.key]) return pass(said('why_box_ticked', field.option));
      const tick = request.missing.includes(field.key)
        ? said(
            'why_box_untick_old_form',
            said('why_box_missing_section', field.label),
            field.option,
            field.label,
            said(why),
          )
        : said('why_box_untick', field.option, field.label, said(why));
      return verdict('fail', tick, { fix: { kind: 'tick', box: field.key } });
    },
  };
}

export const recoveryCodesChecked = checkboxRule(
  'recovery_codes.checked',
  RECOVERY_CODES_FIELD,
  'why_box_recovery_codes',
);
export const cocChecked = checkboxRule('coc.checked', COC_FIELD, 'why_box_coc');
export const ackChecked = checkboxRule('ack.checked', ACK_FIELD, 'why_box_ack');
