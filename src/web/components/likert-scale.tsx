import { forwardRef, useId, useImperativeHandle, useRef } from "react";

export interface LikertOption {
  value: number;
  label: string;
}

export interface LikertScaleHandle {
  /** Moves focus into the group: the chosen answer, or the first one. */
  focus: () => void;
  /** Chooses an answer by its position (1-based) and focuses it, as the number keys do. */
  choose: (position: number) => void;
}

export interface LikertScaleProps {
  /** The statement itself; it names the group. */
  statement: string;
  /** A short line above the answers, e.g. "How much do you agree?". */
  question: string;
  options: LikertOption[];
  value: number | null;
  onChange: (value: number) => void;
  describedBy?: string;
}

/**
 * The answers to one statement as a native radio group: arrows move between answers, the number keys
 * 1–5 are handled by the page, and every answer is a large tile for touch. Each tile shows its number so
 * keyboard users can see which key picks it.
 */
export const LikertScale = forwardRef<LikertScaleHandle, LikertScaleProps>(function LikertScale(
  { statement, question, options, value, onChange, describedBy },
  ref,
) {
  const name = useId();
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  useImperativeHandle(
    ref,
    () => ({
      focus: () => {
        // Read the checked answer from the DOM: it is current even before React hands over new props.
        const checked = inputs.current.find((input) => input?.checked);
        (checked ?? inputs.current[0])?.focus();
      },
      choose: (position: number) => {
        const option = options[position - 1];
        if (!option) return;
        onChange(option.value);
        inputs.current[position - 1]?.focus();
      },
    }),
    [options, onChange],
  );

  return (
    <fieldset className="likert" aria-describedby={describedBy}>
      <legend className="statement">{statement}</legend>
      <p className="likert-question" aria-hidden="true">
        {question}
      </p>
      <div className="likert-options">
        {options.map((option, index) => (
          <label key={option.value} className="choice likert-option">
            <input
              ref={(element) => {
                inputs.current[index] = element;
              }}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span className="likert-key" aria-hidden="true">
              {index + 1}
            </span>
            <span className="choice-text">{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
