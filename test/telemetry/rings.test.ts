/**
 * One row per ring: two rings of one image tag in flight, every stage recorded with every
 * combination of its optional ids, in several arrival orders (one table per history). A record for
 * one ring must never change the other ring's row. The whole matrix runs on the in-memory table
 * (held to Azure's rules by table-contract.test.ts); a representative set runs on Azurite.
 */
import { recordStage, type StageRecord } from '../../lib/telemetry/record.js';
import { type Column, type Fields, STAGES, type Stage } from '../../lib/telemetry/row.js';
import { MemoryAccount } from '../../lib/telemetry/memory-table.js';
import { DeploymentStore } from '../../lib/telemetry/store.js';
import type { DeploymentTable } from '../../lib/telemetry/table.js';
import type { Azurite } from '../../stand-ins/azurite.js';
import { azuriteForThisWorker } from '../support/shared-stand-ins.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await azuriteForThisWorker();
});
afterAll(async () => {
  await azurite?.stop();
});

const TAG = 'frontend-master-7';
const RINGS = ['dev', 'staging'] as const;
type Ring = (typeof RINGS)[number];
const IMAGE: Fields = { p1: '901', imageTag: TAG, commitId: 'c0ffee1', service: 'frontend' };

/** Ids of one ring's deployment of the tag: every one differs between the rings. */
function idsOf(ring: Ring) {
  const n = ring === 'dev' ? 1 : 2;
  return {
    env: ring,
    p2: `20${n}`,
    pr: `3${n}`,
    hldPr: `b${n}b${n}`,
    hldMerge: `e${n}e${n}`,
    p3: `40${n}`,
    manifest: `d${n}d${n}`,
  };
}

/** Everything each stage can know about a ring's deployment (the stage's record with all its ids). */
function fullRecord(stage: Stage, ring: Ring): Fields {
  const i = idsOf(ring);
  const known = { imageTag: TAG, env: ring, p2: i.p2, pr: i.pr };
  switch (stage) {
    case 'image-built':
      return { ...IMAGE, env: ring };
    case 'hld-updated':
      return { ...known, hldCommitId: i.hldPr };
    case 'pr-merged':
      return { ...known, hldCommitId: i.hldMerge, mergedBy: `merger-${ring}` };
    case 'manifests-generated':
      return { ...known, hldCommitId: i.hldMerge, p3: i.p3 };
    case 'manifests-pushed':
    case 'cluster-synced':
      return {
        ...known,
        hldCommitId: i.hldMerge,
        p3: i.p3,
        manifestCommitId: i.manifest,
        ...(stage === 'cluster-synced' ? { cluster: `aks-${ring}` } : {}),
      };
    default:
      throw new Error(`no record for ${stage}`);
  }
}

const REQUIRED: Record<string, Column[]> = {
  'image-built': ['p1', 'imageTag', 'commitId', 'service'],
  'hld-updated': ['p2', 'imageTag', 'hldCommitId', 'env'],
  'pr-merged': ['pr', 'mergedBy'],
  'manifests-generated': ['p3', 'hldCommitId'],
  'manifests-pushed': ['manifestCommitId'],
  'cluster-synced': ['manifestCommitId', 'cluster'],
};
const PIPELINE = [
  'image-built',
  'hld-updated',
  'pr-merged',
  'manifests-generated',
  'manifests-pushed',
  'cluster-synced',
] as const satisfies readonly Stage[];

/** The optional ids of a stage: what its full record has beyond what the stage requires. */
const optionalIds = (stage: Stage) =>
  Object.keys(fullRecord(stage, 'dev')).filter((k) => !REQUIRED[stage].includes(k as Column)) as Column[];

function subsets<T>(xs: T[]): T[][] {
  return xs.reduce<T[][]>((acc, x) => [...acc, ...acc.map((s) => [...s, x])], [[]]);
}

interface Event {
  ring: Ring | 'image';
  record: StageRecord;
}

/**
 * Arrival orders of one history; `tested` are the two records under test (one per ring). The rings'
 * ids are symmetric, so "staging then dev" would repeat "dev then staging".
 */
const ORDERS: Record<string, (rest: Event[][], tested: Event[]) => Event[]> = {
  'dev then staging (pipeline order)': (rest, t) => merge(rest, t).flat(),
  interleaved: (rest, t) => interleave(merge(rest, t)),
  'reverse pipeline order': (rest, t) => interleave(merge(rest, t)).reverse(),
  'tested stage first': (rest, t) => [...t, ...interleave(rest)],
  'tested stage last': (rest, t) => [...interleave(rest), ...t],
};

/** rest: [image events, dev events, staging events] in pipeline order; tested put back in place. */
function merge(rest: Event[][], tested: Event[]): Event[][] {
  const at = (e: Event) => PIPELINE.indexOf(e.record.stage as (typeof PIPELINE)[number]);
  return rest.map((lane, i) => {
    const mine = tested.filter((t) => (i === 0 ? t.ring === 'image' : t.ring === RINGS[i - 1]));
    return [...lane, ...mine].sort((a, b) => at(a) - at(b));
  });
}

function interleave(lanes: Event[][]): Event[] {
  const out: Event[] = [];
  for (let i = 0; lanes.some((l) => i < l.length); i++) for (const l of lanes) if (i < l.length) out.push(l[i]);
  return out;
}

/** The history of the tag in two rings, with `stage` recorded with only `ids` of its optional ids. */
function history(stage: Stage, ids: Column[]): { rest: Event[][]; tested: Event[] } {
  const keep = (f: Fields) =>
    Object.fromEntries(
      Object.entries(f).filter(([k]) => REQUIRED[stage].includes(k as Column) || ids.includes(k as Column)),
    ) as Fields;
  const rest: Event[][] = [[], [], []];
  const tested: Event[] = [];
  // The image is built once; only an image-built record naming a ring is per ring.
  if (stage === 'image-built' && ids.includes('env'))
    for (const ring of RINGS) tested.push({ ring, record: { stage, fields: keep(fullRecord(stage, ring)) } });
  else if (stage === 'image-built') tested.push({ ring: 'image', record: { stage, fields: { ...IMAGE } } });
  else rest[0].push({ ring: 'image', record: { stage: 'image-built', fields: { ...IMAGE } } });
  for (const [i, ring] of RINGS.entries()) {
    for (const s of PIPELINE.slice(1)) {
      const e = { ring, record: { stage: s, fields: fullRecord(s, ring) } };
      if (s === stage) tested.push({ ...e, record: { stage: s, fields: keep(e.record.fields) } });
      else rest[i + 1].push(e);
    }
  }
  return { rest, tested };
}

/** What ring X's row must hold once every record has arrived, and nothing of the other ring. */
function expectedRow(ring: Ring) {
  const i = idsOf(ring);
  return {
    ...IMAGE,
    env: ring,
    p2: i.p2,
    pr: i.pr,
    hldCommitId: i.hldMerge,
    p3: i.p3,
    manifestCommitId: i.manifest,
    mergedBy: `merger-${ring}`,
    cluster: `aks-${ring}`,
  };
}

const TIMES: Column[] = [
  'imageBuiltAt',
  'hldUpdatedAt',
  'prMergedAt',
  'manifestsGeneratedAt',
  'manifestsPushedAt',
  'syncedAt',
];

type Case = { stage: Stage; ids: Column[]; order: string };
const cases: Case[] = PIPELINE.flatMap((stage) =>
  subsets(optionalIds(stage)).flatMap((ids) => Object.keys(ORDERS).map((order) => ({ stage, ids, order }))),
);
let partitions = 0;

test(`the matrix covers every stage, every combination of its optional ids, every order (${cases.length} histories)`, () => {
  expect(new Set(cases.map((c) => c.stage))).toEqual(
    new Set(STAGES.filter((s) => (PIPELINE as readonly string[]).includes(s))),
  );
  expect(cases.length).toBe(Object.keys(ORDERS).length * PIPELINE.reduce((n, s) => n + 2 ** optionalIds(s).length, 0));
});

/** Runs the histories, 16 at a time, each in a table of its own; returns what went wrong. */
async function check(histories: Case[], open: (table: string) => DeploymentTable): Promise<string[]> {
  const failures: string[] = [];
  const run = async (c: Case) => {
    const store = open(`rings${++partitions}`);
    const { rest, tested } = history(c.stage, c.ids);
    for (const e of ORDERS[c.order](rest, tested)) await recordStage(store, e.record);
    const rows = await store.find({});
    const label = `${c.stage} with {${c.ids.join(', ')}} in order '${c.order}'`;
    const shown = rows.map(({ etag: _e, timestamp: _t, ringwayRanks: _r, partitionKey: _p, ...r }) => r);
    if (rows.length !== 2) return failures.push(`${label}: ${rows.length} rows ${JSON.stringify(shown)}`);
    for (const ring of RINGS) {
      const row = rows.find((r) => r.env === ring);
      const want = expectedRow(ring);
      const wrong = row ? Object.entries(want).filter(([k, v]) => row[k as Column] !== v) : [];
      const missing = row ? TIMES.filter((k) => !row[k]) : [];
      if (!row || wrong.length || missing.length)
        failures.push(
          `${label}: ${ring} row ${JSON.stringify(row ? { wrong: Object.fromEntries(wrong.map(([k]) => [k, row[k as Column]])), missing } : 'missing')} in ${JSON.stringify(shown)}`,
        );
    }
  };
  for (let i = 0; i < histories.length; i += 16) await Promise.all(histories.slice(i, i + 16).map(run));
  return failures;
}

const memory = new MemoryAccount();

describe.each(PIPELINE)('%s with two rings of one tag in flight', (stage) => {
  test(`every combination of ${optionalIds(stage).join(', ') || 'no optional ids'}, in ${Object.keys(ORDERS).length} arrival orders: one row per ring, each only its own`, async () => {
    const failures = await check(
      cases.filter((c) => c.stage === stage),
      (table) => memory.open({ tableName: table, partitionKey: 'fabrikam' }),
    );
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

test('on Azurite, for every stage: no optional ids and all of them, interleaved and in reverse pipeline order', async () => {
  const some = cases.filter(
    (c) =>
      (c.ids.length === 0 || c.ids.length === optionalIds(c.stage).length) &&
      ['interleaved', 'reverse pipeline order'].includes(c.order),
  );
  expect(some).toHaveLength(PIPELINE.length * 2 * 2);
  const failures = await check(some, (table) =>
    DeploymentStore.open({ connectionString: azurite.connectionString, tableName: table, partitionKey: 'fabrikam' }),
  );
  expect(failures.slice(0, 5)).toEqual([]);
}, 600_000);
