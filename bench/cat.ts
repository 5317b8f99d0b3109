/**
 * bench:cat — Poise's adaptive engine against the peer JavaScript engine jsCAT (@bdelab/jscat) on the same
 * simulated 2PL bank, the same simulated people and the same answers: a fixed-length maximum-information
 * test with EAP scoring (N(0, 1) prior on 121 nodes over [−6, 6] for both).
 *
 *   npm run bench:cat                 human-readable summary
 *   npm run bench:cat -- --json       { poise: { usPerStep, rmse }, jscat: { usPerStep, rmse }, speedup, … }
 *   options: --people N (200) --items N (200) --length N (20) --seed N (2024)
 *
 * The peer lives in bench/peers/jscat with its own package.json; it is installed there on first run.
 * Timing covers item selection + recording the answer + re-estimating theta, per item step; building the
 * bank and drawing the answers are outside the clock. See bench/README.md for what is measured and why.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AssessmentItem,
  answerItem,
  assessmentScores,
  cachedLogProbabilityTable,
  gradedResponseModel,
  gridFor,
  maxInformationRule,
  nextItem,
  type SelectionCandidate,
  startAssessment,
  summarisePosterior,
} from "../src/core/measurement";
import { createRandom, normalDraw } from "../src/core/random";
import { positiveOption } from "./bench-options";

interface PeerStimulus {
  a: number;
  b: number;
  c: number;
  d: number;
  id: number;
}
interface PeerCat {
  theta: number;
  findNextItem(
    stimuli: PeerStimulus[],
    itemSelect: string,
    deepCopy: boolean,
  ): { nextStimulus: PeerStimulus; remainingStimuli: PeerStimulus[] };
  updateAbilityEstimate(zeta: PeerStimulus, answer: 0 | 1): void;
}
type PeerCatConstructor = new (options: Record<string, unknown>) => PeerCat;

const here = dirname(fileURLToPath(import.meta.url));
const peerDir = join(here, "peers", "jscat");

function loadPeer(): { Cat: PeerCatConstructor; version: string } {
  if (!existsSync(join(peerDir, "node_modules", "@bdelab", "jscat"))) {
    console.error("bench:cat: installing the peer engine in bench/peers/jscat (first run only)…");
    const result = spawnSync("npm", ["install", "--prefix", peerDir, "--no-audit", "--no-fund"], {
      stdio: ["ignore", process.stderr, process.stderr],
    });
    if (result.status !== 0)
      throw new Error("bench:cat requires the peer installed: npm install --prefix bench/peers/jscat");
  }
  const require = createRequire(join(peerDir, "package.json"));
  const version = (require("@bdelab/jscat/package.json") as { version: string }).version;
  return { Cat: (require("@bdelab/jscat") as { Cat: PeerCatConstructor }).Cat, version };
}

const people = positiveOption("people", 200);
const bankSize = positiveOption("items", 200);
const testLength = positiveOption("length", 20);
const seed = positiveOption("seed", 2024);
if (testLength > bankSize) throw new Error("--length must not exceed --items");

// The simulated bank: 2PL items, a ~ U(0.6, 2.2), b ~ N(0, 1).
const random = createRandom(seed);
const bank = Array.from({ length: bankSize }, (_, id) => ({
  id,
  a: 0.6 + 1.6 * random.next(),
  b: normalDraw(random),
}));
// The simulated people and every answer they would give to every item, drawn once and read by both engines.
const thetas = Array.from({ length: people }, () => normalDraw(random));
const answers = thetas.map((theta) =>
  bank.map((item) => (random.next() < 1 / (1 + Math.exp(-item.a * (theta - item.b))) ? 1 : 0)),
);

type PersonRunner = (person: number) => number;

/** Poise's engine loop: the building blocks the adaptive check is made of, on one scale. */
function poiseEngine(): PersonRunner {
  const grid = gridFor();
  const rule = maxInformationRule(1);
  const candidates: SelectionCandidate[] = bank.map((item) => ({
    index: item.id,
    facet: "all",
    model: gradedResponseModel({ a: item.a, d: [-item.a * item.b] }),
  }));
  const tables = bank.map((item) => cachedLogProbabilityTable(grid, { a: item.a, d: [-item.a * item.b] }));
  return (person) => {
    const logPosterior = Float64Array.from(grid.logWeights);
    let remaining = candidates;
    let theta = summarisePosterior(grid, logPosterior).theta;
    for (let step = 0; step < testLength; step++) {
      const pick = rule.choose(remaining, theta, 0);
      remaining = remaining.filter((candidate) => candidate !== pick);
      const row = (tables[pick.index] as Float64Array[])[
        (answers[person] as number[])[pick.index] as number
      ] as Float64Array;
      for (let q = 0; q < logPosterior.length; q++)
        logPosterior[q] = (logPosterior[q] as number) + (row[q] as number);
      theta = summarisePosterior(grid, logPosterior).theta;
    }
    return theta;
  };
}

/** The product's JSON state machine itself, configured as a fixed-length test on one scale. */
function poiseStateMachine(): PersonRunner {
  const items: AssessmentItem[] = bank.map((item) => ({
    id: `i${item.id}`,
    scale: "reliance",
    facet: "all",
    reverse: false,
    a: item.a,
    d: [-item.a * item.b],
  }));
  const options = {
    seTarget: 1e-9,
    minItemsPerScale: testLength,
    maxTotalItems: testLength,
    minSeImprovement: 0,
    randomesqueCount: 1,
    facetBalancing: false,
  };
  return (person) => {
    let state = startAssessment({ items, mode: "adaptive", seed: person, options });
    for (let step = nextItem(state); step !== null; step = nextItem(state)) {
      const index = Number(step.itemId.slice(1));
      state = answerItem(state, step.itemId, ((answers[person] as number[])[index] as number) + 1);
    }
    return (assessmentScores(state)[0] as { theta: number }).theta;
  };
}

function peerEngine(Cat: PeerCatConstructor): PersonRunner {
  const stimuli: PeerStimulus[] = bank.map((item) => ({ a: item.a, b: item.b, c: 0, d: 1, id: item.id }));
  return (person) => {
    const cat = new Cat({
      method: "EAP",
      itemSelect: "MFI",
      nStartItems: 0,
      theta: 0,
      minTheta: -6,
      maxTheta: 6,
      priorDist: "norm",
      priorPar: [0, 1],
    });
    let remaining = stimuli;
    for (let step = 0; step < testLength; step++) {
      // deepCopy = false: the peer's fastest documented path (we never mutate the stimuli).
      const { nextStimulus, remainingStimuli } = cat.findNextItem(remaining, "MFI", false);
      cat.updateAbilityEstimate(nextStimulus, (answers[person] as number[])[nextStimulus.id] as 0 | 1);
      remaining = remainingStimuli;
    }
    return cat.theta;
  };
}

/** People in the untimed warm-up pass that lets the JIT settle before the clock starts. */
const WARM_UP_PEOPLE = 20;

/**
 * Runs every engine on every person, interleaved person by person, so that load from other processes on
 * a shared machine falls on all engines alike; each engine's clock only runs during its own person.
 */
function timeInterleaved(runners: PersonRunner[]): { usPerStep: number; rmse: number }[] {
  for (const run of runners)
    for (let person = 0; person < Math.min(WARM_UP_PEOPLE, people); person++) run(person);
  const elapsed = runners.map(() => 0n);
  const squared = runners.map(() => 0);
  for (let person = 0; person < people; person++) {
    runners.forEach((run, r) => {
      const start = process.hrtime.bigint();
      const theta = run(person);
      elapsed[r] = (elapsed[r] as bigint) + (process.hrtime.bigint() - start);
      squared[r] = (squared[r] as number) + (theta - (thetas[person] as number)) ** 2;
    });
  }
  return runners.map((_, r) => ({
    usPerStep: Number(elapsed[r]) / 1000 / (people * testLength),
    rmse: Math.sqrt((squared[r] as number) / people),
  }));
}

const peer = loadPeer();
const [jscat, poise, stateMachine] = timeInterleaved([
  peerEngine(peer.Cat),
  poiseEngine(),
  poiseStateMachine(),
]) as [
  { usPerStep: number; rmse: number },
  { usPerStep: number; rmse: number },
  { usPerStep: number; rmse: number },
];
const round = (x: number, digits: number) => Number(x.toFixed(digits));
const report = {
  poise: { usPerStep: round(poise.usPerStep, 3), rmse: round(poise.rmse, 4) },
  jscat: { usPerStep: round(jscat.usPerStep, 3), rmse: round(jscat.rmse, 4) },
  speedup: round(jscat.usPerStep / poise.usPerStep, 1),
  poiseStateMachine: {
    usPerStep: round(stateMachine.usPerStep, 3),
    rmse: round(stateMachine.rmse, 4),
    speedup: round(jscat.usPerStep / stateMachine.usPerStep, 1),
  },
  setup: {
    people,
    items: bankSize,
    length: testLength,
    seed,
    jscatVersion: peer.version,
    node: process.version,
  },
};

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(
    `bench:cat — ${people} people, ${bankSize}-item 2PL bank, ${testLength}-item max-information EAP test`,
  );
  console.log(`  Poise engine         ${report.poise.usPerStep} µs/step   RMSE ${report.poise.rmse}`);
  console.log(
    `  Poise state machine  ${report.poiseStateMachine.usPerStep} µs/step   RMSE ${report.poiseStateMachine.rmse}`,
  );
  console.log(
    `  jsCAT ${peer.version}          ${report.jscat.usPerStep} µs/step   RMSE ${report.jscat.rmse}`,
  );
  console.log(`  speedup ${report.speedup}× (state machine ${report.poiseStateMachine.speedup}×)`);
}
