import type { Readable, Writable } from "node:stream";
import { styleText } from "node:util";
import { isCancel, SelectPrompt } from "@clack/core";
import { S_BAR, S_BAR_END, S_RADIO_ACTIVE, S_RADIO_INACTIVE, symbol } from "@clack/prompts";
import { wrap } from "./assess-report";

export interface AnswerPromptInput {
  /** First line: where the person is in the check. */
  progress: string;
  /** The statement to rate. */
  statement: string;
  /** The five answer labels, raw answers 1..5 in order. */
  labels: readonly string[];
  /** Keyboard help shown under the options. */
  help: string;
  input?: Readable;
  output?: Writable;
}

/**
 * Asks for one answer on the five-point scale: arrow keys (or j/k) move, Enter confirms, and a number
 * key 1..5 answers at once. Resolves to the raw answer 1..5, or null when the person cancels
 * (Ctrl+C or Escape). Built on @clack/core's select prompt, with the number keys added.
 */
export async function askAnswer(prompt: AnswerPromptInput): Promise<number | null> {
  const options = prompt.labels.map((label, index) => ({ value: index + 1, label }));
  // Long statements wrap inside the prompt's left bar; 80 columns when the output is not a terminal.
  const columns = (prompt.output ?? process.stdout) as Writable & { columns?: number };
  const width = Math.max(30, Math.min(100, (columns.columns ?? 80) - 4));
  const select = new SelectPrompt<{ value: number; label: string }>({
    options,
    initialValue: 3,
    input: prompt.input,
    output: prompt.output,
    render() {
      const head = `${styleText("gray", S_BAR)}\n${symbol(this.state)}  ${styleText("dim", prompt.progress)}\n`;
      const statement = `${wrap(prompt.statement, width, "")
        .split("\n")
        .map((line) => `${styleText("gray", S_BAR)}  ${styleText("bold", line)}`)
        .join("\n")}\n`;
      if (this.state === "submit") {
        const chosen = options.find((option) => option.value === this.value);
        return `${head}${statement}${styleText("gray", S_BAR)}  ${styleText("dim", `${chosen?.value} ${chosen?.label}`)}`;
      }
      if (this.state === "cancel") return `${head}${statement}${styleText("gray", S_BAR)}`;
      const lines = options.map((option, index) => {
        const active = index === this.cursor;
        const mark = active ? styleText("green", S_RADIO_ACTIVE) : styleText("dim", S_RADIO_INACTIVE);
        const text = `${option.value}  ${option.label}`;
        return `${styleText("cyan", S_BAR)}  ${mark} ${active ? text : styleText("dim", text)}`;
      });
      return `${head}${statement}${lines.join("\n")}\n${styleText("cyan", S_BAR_END)}  ${styleText("dim", prompt.help)}\n`;
    },
  });
  select.on("key", (char) => {
    const digit = char === undefined ? Number.NaN : Number(char);
    if (!Number.isInteger(digit) || digit < 1 || digit > options.length) return;
    // The same steps as Enter on that option: the prompt then finalises, renders and closes itself.
    select.cursor = digit - 1;
    select.value = digit;
    select.state = "submit";
  });
  const result = await select.prompt();
  return isCancel(result) || result === undefined ? null : result;
}
