import { useId } from "react";
import { useTranslation } from "react-i18next";

export interface CounterFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  error?: string | undefined;
}

/** A small whole number with large − and + buttons for thumbs, and a typed input for keyboards. */
export function CounterField({ label, value, onChange, min = 0, max = 20, error }: CounterFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const clamp = (n: number) => Math.min(max, Math.max(min, Math.round(n)));
  return (
    <div className="field counter-field">
      <label htmlFor={id}>{label}</label>
      <div className="counter">
        <button
          type="button"
          className="button quiet counter-step"
          onClick={() => onChange(clamp(value - 1))}
          aria-disabled={value <= min}
          aria-label={`${t("checkIn.decrease")}: ${label}`}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(event) => {
            const next = Number(event.target.value);
            if (Number.isFinite(next)) onChange(clamp(next));
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        <button
          type="button"
          className="button quiet counter-step"
          onClick={() => onChange(clamp(value + 1))}
          aria-disabled={value >= max}
          aria-label={`${t("checkIn.increase")}: ${label}`}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
