import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { askAnswer } from "./assess-prompt";

/** Runs the prompt on in-memory streams, typing `keys` once it listens; returns the answer and the screen. */
async function answerWith(keys: string[]): Promise<{ answer: number | null; screen: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (chunk) => {
    screen += String(chunk);
  });
  const pending = askAnswer({
    progress: "3 / ~28",
    statement: "I enjoy my own company.",
    labels: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
    help: "↑/↓ or 1–5, then Enter",
    input,
    output,
  });
  for (const key of keys) {
    await new Promise((resolve) => setImmediate(resolve));
    input.write(key);
  }
  return { answer: await pending, screen };
}

describe("askAnswer", () => {
  it("answers at once with a number key", async () => {
    const { answer, screen } = await answerWith(["5"]);
    expect(answer).toBe(5);
    expect(screen).toContain("I enjoy my own company.");
    expect(screen).toContain("3 / ~28");
  });

  it("moves with the arrow keys from the middle answer and confirms with Enter", async () => {
    expect((await answerWith(["\u001b[B", "\r"])).answer).toBe(4);
    expect((await answerWith(["\u001b[A", "\u001b[A", "\r"])).answer).toBe(1);
    expect((await answerWith(["\r"])).answer).toBe(3);
  });

  it("ignores other keys and reports a cancel as null", async () => {
    expect((await answerWith(["9", "x", "2"])).answer).toBe(2);
    expect((await answerWith(["\u0003"])).answer).toBeNull();
  });
});
