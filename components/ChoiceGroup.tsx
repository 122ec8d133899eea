import { t } from '../lib/i18n/translate';

interface Props<C extends string> {
  name: string;
  legendKey: string;
  choices: readonly C[];
  selected: readonly C[];
  onChange: (next: C[]) => void;
}

/** A fieldset of checkboxes (more than one answer can be true: a lost phone often takes the codes with it). */
export function ChoiceGroup<C extends string>({ name, legendKey, choices, selected, onChange }: Props<C>) {
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
            <label for={id}>{t(`${name}_${choice}`)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
