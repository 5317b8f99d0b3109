import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  afterEffects,
  checkinRanges,
  companyIds,
  strategyIds,
  triggerIds,
} from "../../core/patterns/checkin";
import { feelingIds } from "../../core/patterns/feelings";
import { packageRoot } from "../config/load-config";
import { createTestEnvironment, type TestEnvironment } from "../testing/test-environment";

// docs/api.md is written by hand; these checks keep it from drifting away from the code.
describe("docs/api.md", () => {
  const guide = readFileSync(join(packageRoot(), "docs", "api.md"), "utf8");
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite");
  });
  afterAll(() => env?.close());

  it("names every id of the check-in vocabularies", () => {
    for (const id of [...feelingIds, ...companyIds, ...triggerIds, ...strategyIds, ...afterEffects]) {
      expect(guide, id).toContain(`\`${id}\``);
    }
  });

  it("states the check-in ranges the core enforces", () => {
    expect(guide).toContain(`integer −3 … 3`);
    expect(guide).toContain(
      `count: ${checkinRanges.reassuranceCount.min} … ${checkinRanges.reassuranceCount.max}`,
    );
    expect(guide).toContain(`alone: ${checkinRanges.decisions.min} … ${checkinRanges.decisions.max}`);
    expect(checkinRanges.mood).toEqual({ min: -3, max: 3 });
  });

  it("mentions every group of routes the server has", async () => {
    const doc = (await env.client().get("/api/openapi.json")).body;
    const groups = new Set(Object.keys(doc.paths).map((path) => path.split("/").slice(0, 3).join("/")));
    for (const group of groups) expect(guide, group).toContain(group);
  });
});
