/** What a control that always holds one of a fixed list of choices is given (ChoiceSelect, ChoiceSegments). */
export interface ChoiceProps<T extends string> {
  value: T;
  /** The choices in the order shown. */
  choices: readonly T[];
  /** Each choice's label in the current language (m.enums.x); by default the choice itself. */
  labels?: Readonly<Record<T, string>>;
  onChange(value: T): void;
}

/**
 * The value, the labelled data and the change handler of such a control: it hands back the
 * choice typed as the list's own type, and ignores anything that is not one of the choices.
 */
export function choiceControl<T extends string>({ value, choices, labels, onChange }: ChoiceProps<T>) {
  return {
    value,
    data: choices.map((c) => ({ value: c, label: labels?.[c] ?? c })),
    onChange: (v: string | null) => {
      const choice = choices.find((c) => c === v);
      if (choice !== undefined) onChange(choice);
    },
  };
}
