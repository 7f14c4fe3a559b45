/**
 * Property: the gate decides on the rows of one ring and one tag only. Seeded random histories (two
 * tags, three rings, random progress, random optional ids, random arrival order) are recorded in
 * Azurite; for every tag and promotion the decision, and the row it is taken from, must be the
 * ones the from-ring's own records of that tag give.
 */
import { evaluateGate, type GateQuestion } from '../../lib/promotion/evaluate.js';
import { ringPair } from '../../lib/promotion/rings.js';
import { recordStage, REQUIRED, type StageRecord } from '../../lib/telemetry/record.js';
import type { Column, DeploymentRow, Fields, Stage } from '../../lib/telemetry/row.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';
import { mulberry32 } from '../support/prng.js';
import { gateQuestion } from '../support/gate-question.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
});
afterAll(async () => {
  await azurite?.stop();
});

const RINGS = ['dev', 'staging', 'prod'];
const TAGS = ['frontend-master-1', 'frontend-master-2'];
const SERVICE = 'frontend';
const RING_STAGES: Stage[] = ['hld-updated', 'pr-merged', 'manifests-generated', 'manifests-pushed', 'cluster-synced'];

interface Event {
  tag: string;
  ring: string;
  record: StageRecord;
}

/** Ids of the deployment of tag t to ring r; every value names its tag and ring, so a row's values show where they came from. */
function idsOf(t: number, r: number) {
  const s = `${t}${r}`;
  return {
    env: RINGS[r],
    p2: `2${s}`,
    pr: `3${s}`,
    hldPr: `b${s}`,
    hldMerge: `e${s}`,
    p3: `4${s}`,
    manifest: `d${s}`,
    mergedBy: `m${s}`,
    cluster: `aks${s}`,
  };
}

/** A random history: which tags reach which rings, how far, with which ids, in which order. */
function randomHistory(seed: number): Event[] {
  const rnd = mulberry32(seed);
  const events: Event[] = [];
  for (const [t, tag] of TAGS.entries()) {
    if (rnd() < 0.9)
      events.push({
        tag,
        ring: '',
        record: { stage: 'image-built', fields: { p1: `1${t}`, imageTag: tag, commitId: `c${t}`, service: SERVICE } },
      });
    for (const [r, ring] of RINGS.entries()) {
      if (rnd() < 0.25) continue;
      const i = idsOf(t, r);
      const withPr = rnd() < 0.6;
      const hldAfter = withPr ? i.hldMerge : i.hldPr;
      const stages = RING_STAGES.filter((s) => withPr || s !== 'pr-merged');
      const reached = 1 + Math.floor(rnd() * stages.length);
      for (const stage of stages.slice(0, reached)) {
        const all: Fields = { imageTag: tag, env: ring, p2: i.p2, ...(withPr ? { pr: i.pr } : {}) };
        if (stage === 'hld-updated') Object.assign(all, { hldCommitId: i.hldPr });
        if (stage === 'pr-merged') Object.assign(all, { hldCommitId: i.hldMerge, mergedBy: i.mergedBy });
        if (stage === 'manifests-generated') Object.assign(all, { hldCommitId: hldAfter, p3: i.p3 });
        if (stage === 'manifests-pushed' || stage === 'cluster-synced')
          Object.assign(all, { hldCommitId: hldAfter, p3: i.p3, manifestCommitId: i.manifest });
        if (stage === 'cluster-synced') Object.assign(all, { cluster: i.cluster });
        // Each optional id is given or not, at random.
        const fields = Object.fromEntries(
          Object.entries(all).filter(
            ([k]) => REQUIRED[stage].includes(k as Column) || ['mergedBy', 'cluster'].includes(k) || rnd() < 0.5,
          ),
        ) as Fields;
        events.push({ tag, ring, record: { stage, fields } });
      }
    }
  }
  // Arrival order: random.
  for (let i = events.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [events[i], events[j]] = [events[j], events[i]];
  }
  return events;
}

let partitions = 0;
async function recordAll(events: Event[]): Promise<DeploymentStore> {
  const store = DeploymentStore.open({
    connectionString: azurite.connectionString,
    tableName: 'gaterows',
    partitionKey: `p${++partitions}`,
  });
  for (const e of events) await recordStage(store, e.record);
  return store;
}

function question(tag: string, from: string, to: string): GateQuestion {
  return gateQuestion({ service: SERVICE, imageTag: tag, pair: ringPair(RINGS, from, to) });
}

async function decide(store: DeploymentStore, tag: string, from: string, to: string) {
  return evaluateGate(question(tag, from, to), {
    rowsForTag: (t) => store.find({ imageTag: t }),
    signals: () => {
      throw new Error('no forge in this test');
    },
    syncTag: async () => ({ applied: false, tagCommit: '' }),
    now: () => Date.now(),
  });
}

/** Where a value came from: `<tag index><ring index>` is inside every ring-specific id. */
const RING_COLUMNS: Column[] = ['p2', 'pr', 'hldCommitId', 'p3', 'manifestCommitId', 'mergedBy', 'cluster'];

const SEEDS = Array.from({ length: 24 }, (_, i) => 1000 + i * 7919);

test.each(SEEDS)(
  'seed %i: every gate decision comes from the from-ring rows of that tag only',
  async (seed) => {
    const events = randomHistory(seed);
    const store = await recordAll(events);
    for (const [t, tag] of TAGS.entries()) {
      for (let r = 0; r + 1 < RINGS.length; r++) {
        const [from, to] = [RINGS[r], RINGS[r + 1]];
        const answer = await decide(store, tag, from, to);
        const own = events.filter((e) => e.tag === tag && e.ring === from);
        const what = `seed ${seed}, ${tag} ${from}→${to}`;
        // The row it decided on holds only values of this tag in this ring.
        const row: DeploymentRow | undefined = answer.deployment;
        if (row) {
          expect({ what, env: row.env, imageTag: row.imageTag }).toEqual({ what, env: from, imageTag: tag });
          for (const k of RING_COLUMNS)
            if (row[k])
              expect({ what, column: k, from: row[k]?.includes(`${t}${r}`) }).toEqual({ what, column: k, from: true });
        }
        // Promote only when this ring's own records say pushed and synced.
        if (answer.decision === 'promote')
          expect({
            what,
            stages: own
              .map((e) => e.record.stage)
              .filter((s) => s === 'manifests-pushed' || s === 'cluster-synced')
              .sort(),
          }).toEqual({ what, stages: ['cluster-synced', 'manifests-pushed'] });
        // The same decision as from a table holding only the image and this ring's records of the tag.
        if (own.length) {
          const alone = await recordAll(
            events.filter((e) => e.tag === tag && (e.ring === from || e.record.stage === 'image-built')),
          );
          const expected = await decide(alone, tag, from, to);
          expect({ what, decision: answer.decision }).toEqual({ what, decision: expected.decision });
        } else {
          expect({ what, decision: answer.decision }).not.toEqual({ what, decision: 'promote' });
        }
      }
    }
  },
  300_000,
);
