import type { AssessmentState } from "../../core/measurement/index";
import type { ScaleScore } from "../../core/measurement/scale-score";
import type { Access } from "../access/access";
import { authorize } from "../access/access";
import { createAssessmentsRepository } from "../assessments/assessments.repository";
import { createAuthService } from "../auth/auth.service";
import { createCheckinsService } from "../checkins/checkins.service";
import type { ServerContext } from "../context";
import { createJournalService } from "../journal/journal.service";
import { createPracticesService } from "../practices/practices.service";
import { spreadsheetSafe, toCsv } from "./csv";
import { type ExportDocument, exportVersion } from "./export.schema";

export const csvHeader = [
  "record",
  "date",
  "mood",
  "energy",
  "feelings",
  "company",
  "reassurance_count",
  "reassurance_felt_after",
  "decisions_alone",
  "decisions_after_approval",
  "comfort_alone",
  "trigger",
  "helped_strategy",
  "helped_effect",
  "note",
  "assessment_id",
  "finished_at",
  "mode",
  "scale",
  "theta",
  "se",
  "t_score",
  "t_low",
  "t_high",
  "classical",
  "answered",
] as const;

/** Everything a person owns, as one versioned JSON document or as CSV. */
export function createExportService(ctx: ServerContext) {
  const auth = createAuthService(ctx);
  const checkins = createCheckinsService(ctx);
  const journal = createJournalService(ctx);
  const assessments = createAssessmentsRepository(ctx.database.db);
  const practices = createPracticesService(ctx);

  return {
    async document(access: Access): Promise<ExportDocument> {
      authorize(access, "export");
      const rows = await assessments.listAll(access);
      return {
        format: "poise-export",
        version: exportVersion,
        exportedAt: ctx.clock().toISOString(),
        account: await auth.me(access),
        checkins: await checkins.list(access, {}),
        journal: await journal.listAll(access),
        assessments: rows.map((row) => {
          const state = JSON.parse(row.state) as AssessmentState;
          return {
            id: row.id,
            mode: row.mode === "full" ? "full" : "adaptive",
            locale: row.locale === "fr" ? "fr" : "en",
            status: row.status === "finished" ? "finished" : "in-progress",
            startedAt: row.started_at,
            finishedAt: row.finished_at,
            answers: state.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
            scores: row.scores ? (JSON.parse(row.scores) as ScaleScore[]) : null,
          };
        }),
        practices: await practices.exportAll(access),
      };
    },

    /** Check-ins (one row each) then finished scores (one row per scale), in one table. */
    async csv(access: Access): Promise<string> {
      const document = await this.document(access);
      const blank = (n: number) => Array<null>(n).fill(null);
      const checkinRows = document.checkins.map((c) => [
        "checkin",
        c.date,
        c.mood,
        c.energy,
        c.feelings.join(";"),
        c.company.join(";"),
        c.reassurance?.count ?? null,
        c.reassurance?.feltAfter ?? null,
        c.decisions?.alone ?? null,
        c.decisions?.afterApproval ?? null,
        c.comfortAlone,
        c.trigger,
        c.helped?.strategy ?? null,
        c.helped?.effect ?? null,
        spreadsheetSafe(c.note),
        ...blank(11),
      ]);
      const scoreRows = document.assessments.flatMap((a) =>
        (a.status === "finished" ? (a.scores ?? []) : []).map((s) => [
          "score",
          (a.finishedAt ?? a.startedAt).slice(0, 10),
          ...blank(13),
          a.id,
          a.finishedAt,
          a.mode,
          s.scale,
          s.theta,
          s.se,
          s.tScore,
          s.tBand[0],
          s.tBand[1],
          s.classical,
          s.answered,
        ]),
      );
      return toCsv(csvHeader, [...checkinRows, ...scoreRows]);
    },
  };
}
