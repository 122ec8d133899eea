import type { Check, Report } from '../lib/engine/form/schema';
import type { Write } from '../lib/protocol/messages';
import { InsertFix } from './InsertFix';
import { RedactFix } from './RedactFix';
import { TickFix } from './TickFix';
import { UsernameFix } from './UsernameFix';

interface Props {
  check: Check;
  fields: Report['fields'];
  describedBy: string;
  busy: boolean;
  run: (write: Write) => void;
}

/** The one action a check offers, if any. A structured fix wins over plain suggested wording. */
export function FixFor({ check, fields, describedBy, busy, run }: Props) {
  if (check.status === 'pass') return null;
  const common = { describedBy, busy, run };
  const fix = check.fix;
  switch (fix?.kind) {
    case 'insert':
      return <InsertFix text={fix.text} said={check.suggestionSaid} {...common} />;
    case 'username':
      return fix.value === fields.username ? null : (
        <UsernameFix before={fields.username} after={fix.value} {...common} />
      );
    case 'tick':
      return fields[fix.box] ? null : <TickFix box={fix.box} {...common} />;
    case 'redact':
      return <RedactFix field={fix.field} spans={fix.spans} expected={fields[fix.field]} {...common} />;
    default:
      return check.suggestion ? <InsertFix text={check.suggestion} said={check.suggestionSaid} {...common} /> : null;
  }
}
