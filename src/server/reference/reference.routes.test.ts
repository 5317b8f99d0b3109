import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestEnvironment, type TestEnvironment } from "../testing/test-environment";

describe("the API reference", () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment("sqlite");
  });
  afterAll(() => env?.close());

  it("serves an OpenAPI 3 document generated from the validating schemas", async () => {
    const response = await env.client().get("/api/openapi.json");
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.openapi).toBe("3.0.3");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/checkins/{date}",
        "/api/journal/{id}",
        "/api/assessments/{id}/answers",
        "/api/export",
      ]),
    );
    const mood = doc.components.schemas.CheckinInput.properties.mood;
    expect(mood).toMatchObject({ type: "integer", minimum: -3, maximum: 3 });
    expect(doc.components.schemas.CheckinInput.required).toEqual(["mood"]);
    expect(doc.components.securitySchemes.session).toMatchObject({ in: "cookie", name: "poise_session" });
  });

  it("renders a readable page on the server: no script, nothing from another origin", async () => {
    const response = await env.client().get("/api/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/html/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self'/);
    const html = response.text;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/style="/i);
    expect(html).toContain('href="/api/docs/reference.css"');
    expect(html).toContain("/api/checkins/{date}");
    expect(html).toMatch(/<code>mood<\/code> <span class="required">required<\/span>/);
    expect(html).toContain("≥ -3");
    const css = await env.client().get("/api/docs/reference.css");
    expect(css.headers.get("content-type")).toMatch(/text\/css/);
    expect(css.text).toContain(".operation");
  });
});
