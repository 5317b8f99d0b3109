/**
 * A seeded pseudo-random source whose whole state is one 32-bit integer, so it can live inside a
 * JSON-serialised value (an adaptive test stored between two answers) and resume exactly.
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain), period 2^32, adequate for item selection,
 * simulation and bootstrap resampling; not for cryptography.
 */
export interface RandomSource {
  /** A float in [0, 1). */
  next(): number;
  /** The current state; `createRandom(state)` continues the same sequence. */
  readonly state: number;
}

/** One step of mulberry32: the value drawn and the state to continue from. O(1). */
export function stepRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) | 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, state: next };
}

/** A stateful wrapper over `stepRandom`. Example: `createRandom(42).next()` is always the same number. */
export function createRandom(seed: number): RandomSource {
  let state = seed | 0;
  return {
    next() {
      const step = stepRandom(state);
      state = step.state;
      return step.value;
    },
    get state() {
      return state;
    },
  };
}

/** A standard normal draw (Box–Muller) from a random source. */
export function normalDraw(random: RandomSource): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
