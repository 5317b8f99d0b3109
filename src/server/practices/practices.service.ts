import type { Locale } from "../../core/locale";
import type { AssessmentState } from "../../core/measurement/index";
import type { ScaleScore } from "../../core/measurement/scale-score";
import { addDays, mondayOf } from "../../core/patterns/calendar-date";
import {
  type PlanReason,
  type PlanWeekInput,
  planInputFromProfile,
  planWeek,
  practiceById,
  practiceProgress,
  progressSummary,
  type WeekPlan,
} from "../../core/practices/index";
import { buildProfile } from "../../core/profile/index";
import type { Access } from "../access/access";
import { textCipherFor } from "../access/text-cipher-for";
import { createAssessmentsRepository } from "../assessments/assessments.repository";
import { latestAllowedDay } from "../checkins/calendar-day";
import type { ServerContext } from "../context";
import type { TextCipher } from "../crypto/key-ring";
import { newId } from "../db/ids";
import { invalidField, notFound } from "../http/api-error";
import { personSeed, personToday } from "../insights/person-day";
import { facetView, practiceView } from "./practice-view";
import { type CompletionRow, createPracticesRepository, type PlanRow } from "./practices.repository";
import type { Completion, CompletionInput, PlanView } from "./practices.schema";

const reflectionContext = (id: string) => `practice.reflection:${id}`;

/**
 * Before a first check there is no profile: the starter plan builds the two capacities that help
 * whoever is reading, self-trust and connection, without assuming which way the person leans.
 */
const starterStrengths = ["self-trust", "connection"] as const;

type StoredReason = WeekPlan["reasons"][number];

interface PlanBasis {
  assessmentId: string | null;
  input: Pick<PlanWeekInput, "focusFacets" | "strengths">;
}

/** Weekly plans, completed practices with their sealed reflections, and progress over weeks. */
export function createPracticesService(ctx: ServerContext) {
  const repository = createPracticesRepository(ctx.database.db);
  const assessments = createAssessmentsRepository(ctx.database.db);

  /** The latest finished check's profile as planWeek's input, or the starter input. */
  async function planBasis(access: Access): Promise<PlanBasis> {
    const latest = (await assessments.listFinished(access)).at(-1);
    const row = latest ? await assessments.get(access, latest.id, "assessments:read") : undefined;
    if (!latest || !row?.scores) {
      return { assessmentId: null, input: { focusFacets: [], strengths: [...starterStrengths] } };
    }
    const state = JSON.parse(row.state) as AssessmentState;
    const scores = JSON.parse(row.scores) as ScaleScore[];
    const profile = buildProfile({ scores, locale: "en", answers: state.answers });
    return { assessmentId: latest.id, input: planInputFromProfile(profile) };
  }

  async function computePlan(
    access: Access,
    weekStart: string,
    chosen: readonly string[],
  ): Promise<{ plan: WeekPlan; assessmentId: string | null }> {
    const basis = await planBasis(access);
    const previous = (await repository.plans(access)).map((row) => ({
      weekStart: row.week_start,
      practiceIds: JSON.parse(row.practice_ids) as string[],
    }));
    const plan = planWeek({
      ...basis.input,
      previousPlans: previous,
      chosen,
      weekStart,
      seed: personSeed(access.ownerId),
    });
    if (basis.assessmentId === null) {
      // The starter plan's "strengths" are not the person's: say it is a general starting point.
      plan.reasons = plan.reasons.map((r) => (r.reason === "strength" ? { ...r, reason: "general" } : r));
    }
    return { plan, assessmentId: basis.assessmentId };
  }

  const toCompletion = (row: CompletionRow, cipher: TextCipher): Completion => ({
    id: row.id,
    practiceId: row.practice_id,
    date: row.day,
    reflection:
      row.reflection_sealed === null
        ? null
        : cipher.decrypt(row.reflection_sealed, reflectionContext(row.id)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  async function planView(access: Access, row: PlanRow, locale: Locale): Promise<PlanView> {
    const cipher = textCipherFor(ctx.keys, access, "practices:read");
    const week = await repository.completions(access, {
      from: row.week_start,
      to: addDays(row.week_start, 6),
    });
    const reasons = JSON.parse(row.reasons) as StoredReason[];
    return {
      weekStart: row.week_start,
      basis: { kind: row.assessment_id ? "profile" : "starter", assessmentId: row.assessment_id },
      chosen: row.chosen === 1,
      practices: reasons.flatMap((entry) => {
        const practice = practiceById(entry.practiceId);
        if (!practice) return [];
        return [
          {
            practice: practiceView(practice, locale),
            reason: entry.reason,
            facet: entry.facet === null ? null : facetView(entry.facet, locale),
            completions: week
              .filter((c) => c.practice_id === entry.practiceId)
              .map((c) => toCompletion(c, cipher)),
          },
        ];
      }),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  const planRow = (
    weekStart: string,
    plan: WeekPlan,
    assessmentId: string | null,
    nowIso: string,
  ): Omit<PlanRow, "user_id"> => ({
    id: newId(ctx.clock().getTime()),
    week_start: weekStart,
    practice_ids: JSON.stringify(plan.practiceIds),
    reasons: JSON.stringify(plan.reasons),
    chosen: plan.chosen ? 1 : 0,
    assessment_id: assessmentId,
    created_at: nowIso,
    updated_at: nowIso,
  });

  async function currentPlanRow(access: Access, today: string): Promise<PlanRow> {
    const weekStart = mondayOf(today);
    const stored = await repository.planForWeek(access, weekStart);
    if (stored) return stored;
    const { plan, assessmentId } = await computePlan(access, weekStart, []);
    return repository.insertPlanIfAbsent(
      access,
      planRow(weekStart, plan, assessmentId, ctx.clock().toISOString()),
    );
  }

  function checkDay(day: string): void {
    if (day > latestAllowedDay(ctx.clock())) throw invalidField("date", "is in the future");
  }

  function sealReflection(reflection: string | null | undefined, id: string, cipher: TextCipher) {
    return reflection?.trim() ? cipher.encrypt(reflection, reflectionContext(id)) : null;
  }

  return {
    /**
     * This week's plan (the week of the person's today, Monday first). The first time a week is
     * asked for, its plan is made from the latest finished check and stored, so it stays the same
     * all week even if a new check comes in.
     */
    async plan(access: Access, query: { today?: string; locale: Locale }): Promise<PlanView> {
      const row = await currentPlanRow(access, personToday(ctx.clock(), query.today));
      return planView(access, row, query.locale);
    },

    /**
     * Replaces this week's practices with the person's picks (0 to 3); the rule fills the rest. A
     * practice that was already in the plan keeps its reason; a new one is "chosen".
     */
    async choose(
      access: Access,
      query: { today?: string; locale: Locale },
      practiceIds: readonly string[],
    ): Promise<PlanView> {
      practiceIds.forEach((id, index) => {
        if (!practiceById(id)) throw invalidField(`practiceIds.${index}`, "is not a practice of the library");
      });
      const current = await currentPlanRow(access, personToday(ctx.clock(), query.today));
      const before = new Map(
        (JSON.parse(current.reasons) as StoredReason[]).map((r) => [r.practiceId, r] as const),
      );
      const { plan, assessmentId } = await computePlan(access, current.week_start, practiceIds);
      plan.reasons = plan.reasons.map((r) => {
        const kept = r.reason === "chosen" ? before.get(r.practiceId) : undefined;
        return kept ?? r;
      });
      const nowIso = ctx.clock().toISOString();
      const row = await repository.upsertPlan(access, {
        ...planRow(current.week_start, plan, assessmentId, nowIso),
        id: current.id,
        created_at: current.created_at,
      });
      return planView(access, row, query.locale);
    },

    /** Marks a practice as done (today unless a date is given), with an optional reflection. */
    async complete(access: Access, input: CompletionInput): Promise<Completion> {
      if (!practiceById(input.practiceId))
        throw invalidField("practiceId", "is not a practice of the library");
      const now = ctx.clock();
      const day = input.date ?? personToday(now, undefined);
      checkDay(day);
      const cipher = textCipherFor(ctx.keys, access, "practices:write");
      const id = newId(now.getTime());
      const row = {
        id,
        practice_id: input.practiceId,
        day,
        reflection_sealed: sealReflection(input.reflection, id, cipher),
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      };
      await repository.insertCompletion(access, row);
      return toCompletion({ ...row, user_id: access.ownerId }, cipher);
    },

    async completions(access: Access, range: { from?: string; to?: string }): Promise<Completion[]> {
      if (range.from && range.to && range.from > range.to) throw invalidField("from", "must not be after to");
      const cipher = textCipherFor(ctx.keys, access, "practices:read");
      return (await repository.completions(access, range)).map((row) => toCompletion(row, cipher));
    },

    async completion(access: Access, id: string): Promise<Completion> {
      const row = await repository.completion(access, id);
      if (!row) throw notFound("There is no such completed practice.");
      return toCompletion(row, textCipherFor(ctx.keys, access, "practices:read"));
    },

    /** Changes the day or the reflection of a completed practice (send the reflection again to keep it). */
    async updateCompletion(
      access: Access,
      id: string,
      input: { date: string; reflection?: string | null },
    ): Promise<Completion> {
      checkDay(input.date);
      const cipher = textCipherFor(ctx.keys, access, "practices:write");
      const row = await repository.updateCompletion(access, id, {
        day: input.date,
        reflection_sealed: sealReflection(input.reflection, id, cipher),
        updated_at: ctx.clock().toISOString(),
      });
      if (!row) throw notFound("There is no such completed practice.");
      return toCompletion(row, cipher);
    },

    async deleteCompletion(access: Access, id: string): Promise<void> {
      if (!(await repository.deleteCompletion(access, id))) {
        throw notFound("There is no such completed practice.");
      }
    },

    /** Counts over the weeks and a sentence about them; reflections are counted, never read. */
    async progress(access: Access, locale: Locale) {
      const [rows, plans] = await Promise.all([repository.completionDays(access), repository.plans(access)]);
      const progress = practiceProgress(
        rows.map((row) => ({
          practiceId: row.practice_id,
          date: row.day,
          reflection: row.reflection_sealed === null ? null : "written",
        })),
        plans.map((plan) => ({
          weekStart: plan.week_start,
          practiceIds: JSON.parse(plan.practice_ids) as string[],
        })),
      );
      return {
        summary: progressSummary(progress, locale),
        totalCompletions: progress.totalCompletions,
        activeWeeks: progress.activeWeeks,
        reflections: progress.reflections,
        weeks: progress.weeks,
        practices: progress.practices.map((entry) => ({
          ...entry,
          title: practiceById(entry.practiceId)?.title[locale] ?? entry.practiceId,
        })),
        facets: progress.facets.flatMap((entry) => {
          const facet = facetView(entry.facet, locale);
          return facet ? [{ ...facet, completions: entry.completions }] : [];
        }),
      };
    },

    /** Every plan and completion, oldest first, reflections decrypted (for the export). */
    async exportAll(access: Access) {
      const cipher = textCipherFor(ctx.keys, access, "export");
      const [plans, completions] = await Promise.all([
        repository.plans(access, "export"),
        repository.completions(access, {}, "export"),
      ]);
      return {
        plans: plans.map((row) => ({
          weekStart: row.week_start,
          practiceIds: JSON.parse(row.practice_ids) as string[],
          reasons: JSON.parse(row.reasons) as {
            practiceId: string;
            reason: PlanReason;
            facet: string | null;
          }[],
          chosen: row.chosen === 1,
          assessmentId: row.assessment_id,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        })),
        completions: completions.map((row) => toCompletion(row, cipher)),
      };
    },
  };
}
