import { describe, expect, it } from "vitest";
import { csvField, spreadsheetSafe, toCsv } from "./csv";

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and leaves plain values alone", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(-2)).toBe("-2");
    expect(csvField(null)).toBe("");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("defuses spreadsheet formulas in free text", () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetSafe("-a note")).toBe("'-a note");
    expect(spreadsheetSafe("a = b")).toBe("a = b");
  });

  it("joins rows with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x,y"]])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
