import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef, useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LikertScale, type LikertScaleHandle } from "./likert-scale";

const options = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"].map((label, i) => ({
  value: i + 1,
  label,
}));

function Harness({ handle }: { handle: React.Ref<LikertScaleHandle> }) {
  const [value, setValue] = useState<number | null>(null);
  return (
    <>
      <LikertScale
        ref={handle}
        statement="I like quiet mornings."
        question="How much?"
        options={options}
        value={value}
        onChange={setValue}
      />
      <output>{value ?? "none"}</output>
    </>
  );
}

afterEach(cleanup);

describe("LikertScale", () => {
  it("is a radio group named by its statement, with every answer labelled", () => {
    render(<Harness handle={createRef()} />);
    const group = screen.getByRole("group", { name: "I like quiet mornings." });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole("radio")).toHaveLength(5);
    expect(screen.getByRole("radio", { name: "Agree" })).toBeTruthy();
  });

  it("chooses by position, as the number keys do, and puts focus on the chosen answer", () => {
    const handle = createRef<LikertScaleHandle>();
    render(<Harness handle={handle} />);
    act(() => handle.current!.choose(4));
    expect(screen.getByRole("status").textContent).toBe("4");
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Agree" }));
    act(() => handle.current!.choose(9));
    expect(screen.getByRole("status").textContent).toBe("4");
  });

  it("focuses the checked answer when one is chosen, the first otherwise", async () => {
    const handle = createRef<LikertScaleHandle>();
    render(<Harness handle={handle} />);
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Strongly disagree" }));
    await userEvent.click(screen.getByRole("radio", { name: "Neither" }));
    (document.activeElement as HTMLElement).blur();
    act(() => handle.current!.focus());
    expect(document.activeElement).toBe(screen.getByRole("radio", { name: "Neither" }));
    fireEvent.click(screen.getByRole("radio", { name: "Strongly agree" }));
    expect(screen.getByRole("status").textContent).toBe("5");
  });
});
