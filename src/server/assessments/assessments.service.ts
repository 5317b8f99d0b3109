import { randomInt } from "node:crypto";
import { answerOptions, inventory } from "../../core/inventory/index";
import type { Locale } from "../../core/locale";
import {
  type AssessmentState,
  answerItem,
  assessmentProgress,
  assessmentScores,
  nextItem,
  reliableChange,
  startAssessment,
} from "../../core/measurement/index";
import type { ScaleScore } from "../../core/measurement/scale-score";
import { buildProfile } from "../../core/profile/index";
import type { Access } from "../access/access";
import type { ServerContext } from "../context";
import { newId } from "../db/ids";
import { ApiError, invalidField, notFound } from "../http/api-error";
import { type AssessmentRow, createAssessmentsRepository } from "./assessments.repository";
import type { AssessmentSummary, AssessmentView } from "./assessments.schema";

// Another instance answering the same check at the same moment makes an update miss; retry a few times.
const maxWriteAttempts = 5;

const itemsById = new Map(inventory.items.map((item) => [item.id, item]));

function itemText(itemId: string, locale: Locale): string {
  return itemsById.get(itemId)?.text[locale] ?? itemId;
}

function parseState(row: Pick<AssessmentRow, "state">): AssessmentState {
  return JSON.parse(row.state) as AssessmentState;
}

// A finished check's region and spectrum depend only on its scores and the language, so they are
// kept by that content (never by id alone): re-listing a long history does not rebuild forty profiles.
const summaryCacheSize = 2000;

// The parsed scores are kept too (they are read-only here): parsing them was most of a history read.
type SummaryParts = Pick<AssessmentSummary, "region" | "spectrum"> & { scores: ScaleScore[] };

function createSummaryCache() {
  const cache = new Map<string, SummaryParts>();
  return (scoresJson: string, locale: Locale): SummaryParts => {
    const key = `${locale}|${scoresJson}`;
    let parts = cache.get(key);
    if (!parts) {
      const scores = JSON.parse(scoresJson) as ScaleScore[];
      const profile = buildProfile({ scores, locale });
      parts = {
        scores,
        region: {
          id: profile.region.id,
          name: profile.region.name,
          probability: profile.region.probability,
          probabilities: profile.region.probabilities,
          certainty: profile.region.certainty,
        },
        spectrum: {
          reading: profile.spectrum.reading,
          zone: profile.spectrum.zone,
          showsDot: profile.spectrum.showsDot,
          label: profile.spectrum.label,
          position: profile.spectrum.position,
          positionInterval: profile.spectrum.positionInterval,
        },
      };
      if (cache.size >= summaryCacheSize) cache.delete(cache.keys().next().value as string);
      cache.set(key, parts);
    }
    return parts;
  };
}

/** The engine's "answerItem requires …" errors, as 4xx naming the field. */
function engineErrorToApiError(error: unknown): unknown {
  if (!(error instanceof Error) || !error.message.startsWith("answerItem requires")) return error;
  if (error.message.includes("answer from")) return invalidField("value", "must be from 1 to 5");
  if (error.message.includes("unfinished")) {
    return new ApiError(
      409,
      "assessment_finished",
      "This check is finished; earlier answers can still be changed.",
      {
        fields: { itemId: "is not one of the answered items of this finished check" },
      },
    );
  }
  return invalidField("itemId", "is not an item of this check");
}

/**
 * Assessments: the adaptive (or full) check whose whole state lives in the database between two
 * answers, so it survives restarts and continues on any instance; scores, profile and reliable change.
 */
export function createAssessmentsService(ctx: ServerContext) {
  const repository = createAssessmentsRepository(ctx.database.db);
  const summaryOf = createSummaryCache();

  function changesFor(state: AssessmentState, previous: AssessmentRow | undefined, nowIso: string) {
    const finished = state.finished;
    return {
      state: JSON.stringify(state),
      status: finished ? "finished" : "in-progress",
      scores: finished ? JSON.stringify(assessmentScores(state)) : null,
      finished_at: finished ? (previous?.finished_at ?? nowIso) : null,
      updated_at: nowIso,
    };
  }

  function view(row: AssessmentRow, locale: Locale): AssessmentView {
    const state = parseState(row);
    const next = nextItem(state);
    const scores: ScaleScore[] | null = row.scores ? (JSON.parse(row.scores) as ScaleScore[]) : null;
    return {
      id: row.id,
      mode: state.mode,
      locale: row.locale === "fr" ? "fr" : "en",
      status: row.status === "finished" ? "finished" : "in-progress",
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      progress: assessmentProgress(state),
      item: next
        ? {
            id: next.itemId,
            text: itemText(next.itemId, locale),
            options: answerOptions.map((label, index) => ({ value: index + 1, label: label[locale] })),
          }
        : null,
      answers: state.answers.map((a) => ({
        itemId: a.itemId,
        value: a.value,
        text: itemText(a.itemId, locale),
      })),
      result: scores ? { scores, profile: buildProfile({ scores, locale, answers: state.answers }) } : null,
    };
  }

  const storedLocale = (row: AssessmentRow): Locale => (row.locale === "fr" ? "fr" : "en");

  return {
    async start(
      access: Access,
      input: { mode: "adaptive" | "full"; locale: Locale },
    ): Promise<AssessmentView> {
      const now = ctx.clock();
      const state = startAssessment({ items: inventory.items, mode: input.mode, seed: randomInt(2 ** 31) });
      const row: Omit<AssessmentRow, "user_id"> = {
        id: newId(now.getTime()),
        mode: input.mode,
        locale: input.locale,
        revision: 0,
        started_at: now.toISOString(),
        ...changesFor(state, undefined, now.toISOString()),
      };
      await repository.insert(access, row);
      return view({ ...row, user_id: access.ownerId }, input.locale);
    },

    /**
     * Records an answer to the current item, or changes an earlier one, and returns the check as it now
     * stands (the next item, or the result once finished).
     */
    async answer(
      access: Access,
      id: string,
      input: { itemId: string; value: number },
      locale: Locale | undefined,
    ): Promise<AssessmentView> {
      for (let attempt = 1; attempt <= maxWriteAttempts; attempt += 1) {
        const row = await repository.get(access, id, "assessments:write");
        if (!row) throw notFound("There is no such assessment.");
        const state = parseState(row);
        const answered = state.answers.some((a) => a.itemId === input.itemId);
        if (!answered && state.next !== input.itemId) {
          throw state.finished
            ? engineErrorToApiError(new Error("answerItem requires an unfinished assessment"))
            : invalidField("itemId", "is neither the current item nor an item already answered");
        }
        let updated: AssessmentState;
        try {
          updated = answerItem(state, input.itemId, input.value);
        } catch (error) {
          throw engineErrorToApiError(error);
        }
        const nowIso = ctx.clock().toISOString();
        const changes = changesFor(updated, row, nowIso);
        if (await repository.update(access, id, row.revision, changes)) {
          return view({ ...row, ...changes, revision: row.revision + 1 }, locale ?? storedLocale(row));
        }
      }
      throw new ApiError(
        409,
        "busy",
        "This check was being answered elsewhere at the same moment. Please try again.",
      );
    },

    async get(access: Access, id: string, locale: Locale | undefined): Promise<AssessmentView> {
      const row = await repository.get(access, id, "assessments:read");
      if (!row) throw notFound("There is no such assessment.");
      return view(row, locale ?? storedLocale(row));
    },

    /**
     * Finished checks, oldest first, each with its region and reliable change since the one before,
     * and the latest unfinished check. The scores were stored when each check finished; region and
     * spectrum come from the content-keyed cache; only the reliable change (a few subtractions per scale)
     * is computed per read, since it depends on which check came before. One index scan, plus one read
     * of a state when a check is in progress.
     */
    async list(access: Access, locale: Locale) {
      const rows = await repository.listForHistory(access);
      const assessments: AssessmentSummary[] = [];
      let previous: { id: string; scores: ScaleScore[] } | undefined;
      let open: (typeof rows)[number] | undefined;
      for (const row of rows) {
        if (row.status !== "finished") {
          if (
            !open ||
            row.started_at > open.started_at ||
            (row.started_at === open.started_at && row.id > open.id)
          )
            open = row;
          continue;
        }
        const { scores, region, spectrum } = summaryOf(row.scores ?? "[]", locale);
        const change = previous
          ? {
              previousId: previous.id,
              scales: scores.flatMap((score) => {
                const before = previous?.scores.find((s) => s.scale === score.scale);
                if (!before) return [];
                const rc = reliableChange(before, score);
                return [
                  {
                    scale: score.scale,
                    class: rc.class,
                    z: rc.irt.z,
                    difference: rc.irt.difference,
                    improvementDirection: rc.improvementDirection,
                  },
                ];
              }),
            }
          : null;
        assessments.push({
          id: row.id,
          mode: row.mode === "full" ? "full" : "adaptive",
          startedAt: row.started_at,
          finishedAt: row.finished_at ?? row.started_at,
          scores,
          region,
          spectrum,
          change,
        });
        previous = { id: row.id, scores };
      }
      const openState = open ? await repository.stateOf(access, open.id) : undefined;
      const inProgress =
        open && openState !== undefined
          ? {
              id: open.id,
              mode: open.mode === "full" ? ("full" as const) : ("adaptive" as const),
              startedAt: open.started_at,
              progress: assessmentProgress(parseState({ state: openState })),
            }
          : null;
      return { assessments, inProgress, provisional: inventory.provisional };
    },

    async delete(access: Access, id: string): Promise<void> {
      if (!(await repository.delete(access, id))) throw notFound("There is no such assessment.");
    },
  };
}
