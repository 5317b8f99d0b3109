import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "./load-config";
import { settings } from "./settings";

// docs/operations.md lists the settings by hand; this keeps the table true to the code.
describe("docs/operations.md", () => {
  const guide = readFileSync(join(packageRoot(), "docs", "operations.md"), "utf8");
  const rows = new Map(
    guide
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => {
        const cells = line.split("|").map((cell) => cell.trim());
        return [cells[1]?.replaceAll("`", ""), cells] as const;
      }),
  );

  it.each(Object.values(settings).map((spec) => [spec.env, spec] as const))(
    "documents %s with its flag and default",
    (env, spec) => {
      const row = rows.get(env);
      expect(row, `${env} is missing from the settings table`).toBeDefined();
      expect(row?.[2]).toBe(`\`${spec.flag}\``);
      if ("fallback" in spec && spec.fallback) expect(row?.[3]).toBe(`\`${spec.fallback}\``);
    },
  );
});
