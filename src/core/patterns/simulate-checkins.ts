import { createRandom, normalDraw, type RandomSource } from "../random";
import { addDays } from "./calendar-date";
import {
  type AfterEffect,
  type Checkin,
  type CompanyId,
  checkinRanges,
  companyIds,
  type StrategyId,
  strategyIds,
  type TriggerId,
  triggerIds,
} from "./checkin";

/** What to plant in simulated check-ins; everything else is independent noise. */
export interface SimulationPlan {
  today: string;
  /** Calendar days simulated, ending today. */
  days: number;
  /** Chance that a day has a check-in at all. */
  checkinRate: number;
  /** Chance that a check-in names a trigger. */
  triggerRate: number;
  /** Relative weights of the triggers (1 for any not listed). */
  triggerWeights?: Partial<Record<TriggerId, number>>;
  /** Relative weights of the strategies tried (1 for any not listed). */
  strategyWeights?: Partial<Record<StrategyId, number>>;
  /** Day-to-day correlation of mood (0: independent days). */
  moodAutocorrelation: number;
  /** Mood points added on days with the given trigger (e.g. { "no-reply": -1.2 }). */
  triggerMoodShift?: Partial<Record<TriggerId, number>>;
  /** Chances of better / worse after each strategy; unlisted ones are even (0.35 / 0.35). */
  strategyOdds?: Partial<Record<StrategyId, { better: number; worse: number }>>;
  /**
   * Gradual change from the first simulated day to today, added linearly (a person slowly finding
   * their balance): mood and ease alone in points, reassurance in times a day, and the chance that a
   * decision is made alone. Uses no random draws, so a plan without drift simulates exactly as before.
   */
  drift?: SimulationDrift;
  /**
   * The person's starting levels, instead of random ones: mood baseline (points), ease alone (1–5),
   * reassurance (times a day) and the chance that a decision is made alone. The random levels are
   * still drawn, so the rest of the simulation is the same as without it.
   */
  start?: SimulationStart;
}

export interface SimulationStart {
  mood?: number;
  comfortAlone?: number;
  reassurance?: number;
  aloneChance?: number;
}

export interface SimulationDrift {
  mood?: number;
  comfortAlone?: number;
  reassurance?: number;
  aloneChance?: number;
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

function pick<T extends string>(
  items: readonly T[],
  weights: Partial<Record<T, number>> | undefined,
  random: RandomSource,
): T {
  const weightOf = (item: T) => weights?.[item] ?? 1;
  const total = items.reduce((sum, item) => sum + weightOf(item), 0);
  let draw = random.next() * total;
  for (const item of items) {
    draw -= weightOf(item);
    if (draw < 0) return item;
  }
  return items[items.length - 1]!;
}

/**
 * Simulated check-ins for testing the insights: a person's own baseline mood, noise with optional
 * day-to-day correlation, optional fields left out at random, and only the effects the plan
 * plants. Deterministic for a seed. O(days).
 */
export function simulateCheckins(plan: SimulationPlan, seed: number): Checkin[] {
  const random = createRandom(seed);
  const drawn = {
    mood: normalDraw(random) * 0.7,
    spread: 0.8 + random.next(),
    energy: 2 + random.next() * 2,
    comfortAlone: 1.5 + random.next() * 3,
    reassurance: random.next() * 4,
    aloneChance: 0.2 + random.next() * 0.6,
  };
  const baseline = plan.start?.mood ?? drawn.mood;
  const spread = drawn.spread;
  const energyBase = drawn.energy;
  const comfortBase = plan.start?.comfortAlone ?? drawn.comfortAlone;
  const reassuranceBase = plan.start?.reassurance ?? drawn.reassurance;
  const aloneChance = plan.start?.aloneChance ?? drawn.aloneChance;
  const checkins: Checkin[] = [];
  let noise = normalDraw(random);
  const keep = Math.sqrt(1 - plan.moodAutocorrelation ** 2);
  for (let back = plan.days - 1; back >= 0; back--) {
    noise = plan.moodAutocorrelation * noise + keep * normalDraw(random);
    // How far along the drift this day is: 0 on the first simulated day, 1 today.
    const along = plan.days > 1 ? (plan.days - 1 - back) / (plan.days - 1) : 1;
    const drift = (measure: keyof SimulationDrift) => (plan.drift?.[measure] ?? 0) * along;
    if (random.next() >= plan.checkinRate) continue;
    const trigger =
      random.next() < plan.triggerRate ? pick(triggerIds, plan.triggerWeights, random) : undefined;
    const shift = trigger ? (plan.triggerMoodShift?.[trigger] ?? 0) : 0;
    const { min, max } = checkinRanges.mood;
    const checkin: Checkin = {
      date: addDays(plan.today, -back),
      mood: clamp(baseline + spread * noise + shift + drift("mood"), min, max),
    };
    if (random.next() < 0.85) checkin.energy = clamp(energyBase + normalDraw(random), 1, 5);
    if (random.next() < 0.8)
      checkin.comfortAlone = clamp(comfortBase + drift("comfortAlone") + normalDraw(random), 1, 5);
    if (random.next() < 0.8) {
      const base = Math.max(0, reassuranceBase + drift("reassurance"));
      checkin.reassurance = { count: clamp(base + normalDraw(random) * 1.5, 0, 20) };
    }
    if (random.next() < 0.8) {
      const count = clamp(random.next() * 5, 0, 20);
      let alone = 0;
      const chance = Math.min(1, Math.max(0, aloneChance + drift("aloneChance")));
      for (let i = 0; i < count; i++) if (random.next() < chance) alone++;
      checkin.decisions = { alone, afterApproval: count - alone };
    }
    if (random.next() < 0.8) {
      const company = companyIds.filter(() => random.next() < 0.3) as CompanyId[];
      if (company.length > 0) checkin.company = company;
    }
    if (trigger) {
      checkin.trigger = trigger;
      if (random.next() < 0.8) {
        const strategy = pick(strategyIds, plan.strategyWeights, random);
        const odds = plan.strategyOdds?.[strategy] ?? { better: 0.35, worse: 0.35 };
        const draw = random.next();
        const effect: AfterEffect =
          draw < odds.better ? "better" : draw < odds.better + odds.worse ? "worse" : "same";
        checkin.helped = { strategy, effect };
      }
    }
    checkins.push(checkin);
  }
  return checkins;
}
