import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AssessmentListSchema, AssessmentSchema } from "../assessments/assessments.schema";
import { CheckinSavedSchema } from "../checkins/checkin-saved.schema";
import { CheckinListSchema, CheckinSchema } from "../checkins/checkins.schema";
import { JournalEntrySchema, JournalPageSchema } from "../journal/journal.schema";
import { JournalEntrySavedSchema } from "../journal/journal-entry-saved.schema";
import type { ApiClient, ApiResponse } from "../testing/api-client";
import { type OpenApiDocumentLike, responseProblems, schemaProblems } from "../testing/openapi-conformance";
import { describeEachDatabase } from "../testing/test-environment";

const fullCheckin = {
  mood: -1,
  energy: 2,
  feelings: ["anxious", "lonely"],
  company: ["alone"],
  reassurance: { count: 3, feltAfter: "worse" },
  decisions: { alone: 1, afterApproval: 2 },
  comfortAlone: 2,
  trigger: "no-reply",
  helped: { strategy: "pause-breathe", effect: "better" },
  note: "Waited for a reply all afternoon.",
};

// Zod objects drop unknown keys when parsing; strict copies of the response schemas refuse them, so a
// field the server sends without declaring it is caught too.
function strictProblems(schema: z.ZodObject, body: unknown): string[] {
  const result = schema.strict().safeParse(body);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the OpenAPI conformance check", () => {
  const document: OpenApiDocumentLike = {
    paths: {},
    components: {
      schemas: {
        Thing: {
          type: "object",
          required: ["size", "kind"],
          properties: {
            size: { type: "integer", minimum: 1 },
            kind: { type: "string", enum: ["a", "b"] },
            extra: { type: "object", nullable: true, properties: { x: { type: "string" } } },
          },
        },
      },
    },
  };
  const thing = { $ref: "#/components/schemas/Thing" };

  it("accepts a conforming value and names each problem of a broken one", () => {
    expect(schemaProblems(document, thing, { size: 2, kind: "a", extra: null })).toEqual([]);
    expect(schemaProblems(document, thing, { size: 0, kind: "c", extra: { x: 1 } })).toEqual([
      "$.size: below 1",
      '$.kind: "c" is not in the enum',
      "$.extra.x: expected string, got integer",
    ]);
    expect(schemaProblems(document, thing, { size: 1.5, kind: null })).toEqual([
      "$.size: expected integer, got number",
      "$.kind: null is not allowed",
    ]);
    expect(schemaProblems(document, thing, { kind: "b" })).toEqual(["$.size: required but missing"]);
  });
});

describeEachDatabase("responses match the OpenAPI document and the Zod response schemas", (env) => {
  async function conforming(
    client: ApiClient,
    method: string,
    url: string,
    template: string,
    schema: z.ZodObject | null,
    json?: unknown,
  ): Promise<ApiResponse> {
    const document = (await client.get("/api/openapi.json")).body as OpenApiDocumentLike;
    const response = await client.request(method, url, json === undefined ? {} : { json });
    expect(response.status, response.text).toBeLessThan(300);
    expect(responseProblems(document, method, template, response.status, response.body)).toEqual([]);
    if (schema) expect(strictProblems(schema, response.body)).toEqual([]);
    return response;
  }

  it("check-ins: sparse, full and replaced days, one day and a range", async () => {
    const { client } = await env().signedIn();
    const one = "/api/checkins/{date}";
    await conforming(client, "PUT", "/api/checkins/2026-03-01", one, CheckinSavedSchema, { mood: 0 });
    await conforming(client, "PUT", "/api/checkins/2026-03-02", one, CheckinSavedSchema, fullCheckin);
    await conforming(client, "PUT", "/api/checkins/2026-03-03", one, CheckinSavedSchema, {
      mood: 2,
      reassurance: { count: 1 },
      helped: null,
      feelings: [],
      note: "   ",
    });
    const replaced = await conforming(client, "PUT", "/api/checkins/2026-03-02", one, CheckinSavedSchema, {
      mood: 1,
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body.helped).toBeNull();
    await conforming(client, "GET", "/api/checkins/2026-03-01", one, CheckinSchema);
    const list = await conforming(client, "GET", "/api/checkins", "/api/checkins", CheckinListSchema);
    expect(list.body.checkins).toHaveLength(3);
    const ranged = await conforming(
      client,
      "GET",
      "/api/checkins?from=2026-03-02&to=2026-03-03",
      "/api/checkins",
      CheckinListSchema,
    );
    expect(ranged.body.checkins.map((c: { helped: unknown }) => c.helped)).toEqual([null, null]);
  });

  it("journal: an entry written, read, listed, searched and edited", async () => {
    const { client } = await env().signedIn();
    const body = { title: "Evening", text: "I waited before replying.", promptId: "pause-first" };
    const created = await conforming(
      client,
      "POST",
      "/api/journal",
      "/api/journal",
      JournalEntrySavedSchema,
      body,
    );
    const one = "/api/journal/{id}";
    await conforming(client, "GET", `/api/journal/${created.body.id}`, one, JournalEntrySchema);
    await conforming(client, "PUT", `/api/journal/${created.body.id}`, one, JournalEntrySavedSchema, {
      text: "Again.",
    });
    await conforming(client, "GET", "/api/journal?limit=1", "/api/journal", JournalPageSchema);
    await conforming(client, "GET", "/api/journal?q=again", "/api/journal", JournalPageSchema);
  });

  it("assessments: start, answers to the end, one check, and the history with change", async () => {
    const { client } = await env().signedIn();
    const finishOne = async (shift: number) => {
      let view = (
        await conforming(client, "POST", "/api/assessments", "/api/assessments", AssessmentSchema, {
          mode: "adaptive",
        })
      ).body;
      while (view.item) {
        view = (
          await conforming(
            client,
            "POST",
            `/api/assessments/${view.id}/answers`,
            "/api/assessments/{id}/answers",
            AssessmentSchema,
            { itemId: view.item.id, value: 1 + ((view.progress.answered + shift) % 5) },
          )
        ).body;
      }
      return view.id as string;
    };
    const first = await finishOne(0);
    await finishOne(2);
    await conforming(client, "POST", "/api/assessments", "/api/assessments", AssessmentSchema, {
      mode: "full",
    });
    await conforming(client, "GET", `/api/assessments/${first}`, "/api/assessments/{id}", AssessmentSchema);
    for (const locale of ["en", "fr"]) {
      const history = await conforming(
        client,
        "GET",
        `/api/assessments?locale=${locale}`,
        "/api/assessments",
        AssessmentListSchema,
      );
      expect(history.body.assessments).toHaveLength(2);
      expect(history.body.assessments[1].change.scales).toHaveLength(4);
      expect(history.body.inProgress.mode).toBe("full");
    }
  });
});
