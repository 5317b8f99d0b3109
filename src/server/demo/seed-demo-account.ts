import { DEMO_PRACTICE_WEEKS, demoAnswerSheet, demoContent } from "../../core/demo/index";
import type { Locale } from "../../core/locale";
import { addDays, dayNumber, mondayOf } from "../../core/patterns/calendar-date";
import { type Access, ownerAccess } from "../access/access";
import { buildApp } from "../app";
import { createAssessmentsService } from "../assessments/assessments.service";
import { createAuthService } from "../auth/auth.service";
import { createUsersRepository } from "../auth/users.repository";
import type { CheckinInput } from "../checkins/checkins.schema";
import { createCheckinsService } from "../checkins/checkins.service";
import type { Config } from "../config/load-config";
import type { ServerContext } from "../context";
import { loadOrCreateInstanceKey } from "../crypto/instance-key";
import { createKeyRing } from "../crypto/key-ring";
import { ensureInstanceKeyFingerprint } from "../db/instance-settings.repository";
import { migrateToLatest } from "../db/migrate";
import { openDatabase } from "../db/open-database";
import { createJournalService } from "../journal/journal.service";
import type { Logger } from "../logging/logger";
import { createPracticesService } from "../practices/practices.service";
import { readVersion } from "../version";

export interface DemoSeedInput {
  config: Config;
  logger: Logger;
  email: string;
  password: string;
  locale: Locale;
  /** The person's calendar date, "YYYY-MM-DD": the demo's last day. */
  today: string;
  seed: number;
  /** The real current time (later timestamps are pulled back to it). */
  now?: Date;
}

/** What the demo account now holds. */
export interface DemoSeedResult {
  userId: string;
  /** True when an earlier demo account with this email was deleted first. */
  replaced: boolean;
  checkins: number;
  journalEntries: number;
  assessments: number;
  plans: number;
  completions: number;
}

/**
 * Creates (or recreates) the demo account from `demoContent` through the server's own services, so
 * passwords, encryption, validation and the schema are exactly those of real use. The services run on
 * a clock walked through the demo's 120 days, so every record carries the date it would have had. An
 * existing account with the same email is deleted first, with everything it owns.
 */
export async function seedDemoAccount(input: DemoSeedInput): Promise<DemoSeedResult> {
  const { config, logger, email, locale, today, seed } = input;
  const realNow = input.now ?? new Date();
  const database = openDatabase(config, logger);
  try {
    await migrateToLatest(database.db, logger);
    const keys = createKeyRing(loadOrCreateInstanceKey(config.keyFile, logger).key);
    await ensureInstanceKeyFingerprint(database.db, keys.fingerprint, config.keyFile);
    let now = realNow;
    const { context } = buildApp({
      config,
      database,
      keys,
      logger,
      version: readVersion(),
      clock: () => now,
    });
    // A moment of the demo's day, never later than the real present.
    const at = (date: string, time: string) => {
      const moment = new Date(`${date}T${time}Z`);
      now = moment > realNow ? realNow : moment;
    };

    const replaced = await deleteExisting(context, email);
    const content = demoContent({ today, locale, seed });
    at(content.from, "08:00:00");
    const auth = createAuthService(context);
    const { user, token } = await auth.signUp({ email, password: input.password, locale }, "poise-demo");
    await context.sessions.end(token);
    const access = await accessOf(context, email);

    const checkins = createCheckinsService(context);
    const journal = createJournalService(context);
    const assessments = createAssessmentsService(context);
    const practices = createPracticesService(context);
    const result: DemoSeedResult = {
      userId: user.id,
      replaced,
      checkins: 0,
      journalEntries: 0,
      assessments: 0,
      plans: 0,
      completions: 0,
    };

    // A plan every week of the practice period, quiet weeks included, made on its Monday morning.
    const planWeeks = new Set(
      Array.from({ length: DEMO_PRACTICE_WEEKS }, (_, week) => addDays(mondayOf(today), -7 * week)),
    );
    for (let day = content.from; dayNumber(day) <= dayNumber(today); day = addDays(day, 1)) {
      if (planWeeks.has(day)) {
        at(day, "07:30:00");
        await practices.plan(access, { locale });
        result.plans += 1;
      }
      const check = content.checks.find((c) => c.date === day);
      if (check) {
        at(day, "10:00:00");
        const answers = demoAnswerSheet(check.traits, seed + result.assessments);
        let view = await assessments.start(access, { mode: "adaptive", locale });
        while (view.item) {
          now = new Date(now.getTime() + 9_000);
          view = await assessments.answer(
            access,
            view.id,
            { itemId: view.item.id, value: answers[view.item.id]! },
            locale,
          );
        }
        result.assessments += 1;
      }
      for (const done of content.practice.filter((p) => p.date === day)) {
        at(day, "18:00:00");
        const plan = await practices.plan(access, { today: day, locale });
        const practiceId = plan.practices[done.slot]?.practice.id ?? plan.practices[0]!.practice.id;
        await practices.complete(access, { practiceId, date: day, reflection: done.reflection });
        result.completions += 1;
      }
      const checkin = content.checkins.find((c) => c.date === day);
      if (checkin) {
        at(day, "20:30:00");
        const { date: _date, ...fields } = checkin;
        await checkins.put(access, day, fields as CheckinInput);
        result.checkins += 1;
      }
      for (const entry of content.journal.filter((e) => e.date === day)) {
        at(day, "21:15:00");
        await journal.create(access, { title: entry.title, text: entry.text });
        result.journalEntries += 1;
      }
    }
    return result;
  } finally {
    await database.close();
  }
}

/** The owner's access to an account found by email (the demo acts as that person). */
async function accessOf(context: ServerContext, email: string): Promise<Access> {
  const found = await createUsersRepository(context.database.db).findForSignIn(email);
  if (!found) throw new Error(`the demo account ${email} was not created`);
  return ownerAccess({
    userId: found.id,
    email: found.email,
    locale: found.locale,
    wrappedDataKey: found.wrappedDataKey,
    sessionId: "",
  });
}

/** Deletes an account with this email and everything it owns; false when there was none. */
async function deleteExisting(context: ServerContext, email: string): Promise<boolean> {
  const users = createUsersRepository(context.database.db);
  if (!(await users.findForSignIn(email))) return false;
  await users.delete(await accessOf(context, email));
  await context.database.purgeDeleted();
  return true;
}
