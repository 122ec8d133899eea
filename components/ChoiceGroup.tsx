import type { MessageKey } from '../lib/engine/words';
import { t } from '../lib/i18n/translate';

interface Props<C extends string> {
  name: string;
  legendKey: MessageKey;
  /** The message key of each choice's label. */
  labelKey: (choice: C) => MessageKey;
  choices: readonly C[];
  selected: readonly C[];
  onChange: (next: C[]) => void;
}

/** A fieldset of checkboxes (more than one answer can be true: a lost phone often takes the codes with it). */
export function ChoiceGroup<C extends string>({ name, legendKey, labelKey, choices, selected, onChange }: Props<C>) {
  const toggle = (choice: C, on: boolean) =>
    onChange(choices.filter((c) => (c === choice ? on : selected.includes(c))));
  return (
    <fieldset class="choices">
      <legend>{t(legendKey)}</legend>
      {choices.map((choice) => {
        const id = `${name}-${choice}`;
        return (
          <div class="choice" key={choice}>
            <input
              type="checkbox"
              id={id}
              checked={selected.includes(choice)}
              onChange={(e) => toggle(choice, e.currentTarget.checked)}
            />
            <label for={id}>{t(labelKey(choice))}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
