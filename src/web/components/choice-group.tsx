import { type ReactNode, useId } from "react";

export interface Choice<V extends string | number> {
  value: V;
  /** The full label; it is always the accessible name. */
  label: string;
  /**
   * A shorter visible text (e.g. "−3") when the full label would not fit; the accessible name is the
   * short text followed by the full label, so what is seen is also what is heard.
   */
  short?: string;
}

export interface ChoiceGroupProps<V extends string | number> {
  legend: ReactNode;
  options: Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
  /** "row": equal tiles on one line; "wrap": chips that wrap; "list": one per line. */
  layout?: "row" | "wrap" | "list";
  hint?: ReactNode;
  error?: string | undefined;
  /** Extra content under the tiles (e.g. the chosen label or end labels). */
  footer?: ReactNode;
  className?: string;
}

/**
 * A labelled radio group drawn as large tiles. Native radio inputs keep the platform's keyboard
 * behaviour (Tab into the group, arrows to move) and touch works on the whole tile. The chosen tile is
 * marked by a tick and a heavier border, not by colour alone.
 */
export function ChoiceGroup<V extends string | number>({
  legend,
  options,
  value,
  onChange,
  layout = "wrap",
  hint,
  error,
  footer,
  className,
}: ChoiceGroupProps<V>) {
  const name = useId();
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`choice-group ${className ?? ""}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      <div className={`choices choices-${layout}`}>
        {options.map((option) => (
          <label key={String(option.value)} className="choice">
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            {option.short ? (
              <>
                <span className="choice-text">{option.short}</span>
                <span className="sr-only"> {option.label}</span>
              </>
            ) : (
              <span className="choice-text">{option.label}</span>
            )}
          </label>
        ))}
      </div>
      {footer}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export interface MultiChoiceProps<V extends string> {
  legend: ReactNode;
  options: Choice<V>[];
  values: V[];
  onChange: (values: V[]) => void;
  hint?: ReactNode;
}

/** A labelled group of checkboxes drawn as chips; several can be chosen. */
export function MultiChoice<V extends string>({
  legend,
  options,
  values,
  onChange,
  hint,
}: MultiChoiceProps<V>) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <div className="choices choices-wrap">
        {options.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="checkbox"
              value={option.value}
              checked={values.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value),
                )
              }
            />
            <span className="choice-text">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
