// Seeded generator of random Fabrikate HLD trees for the differential run against `fab`
// (differential.ts). A tree is a model (Comp) first and files second, so a failing tree can be
// shrunk by editing the model. Only `method: local`: nothing is fetched.
//
// What the generator avoids on purpose, each because fab's own result is not defined there:
// two components writing one file unless the later writer is certain (a parent and its inline
// child, the child made slow — see maybeSameNameChild); hooks touching anything but their own files.
import { mulberry32 } from '../support/prng.js';

/** A config value as the generator writes it. */
export type Value = string | number | boolean | null | Value[] | { [k: string]: Value };

/** One config file's content: Fabrikate's ComponentConfig. */
export interface CfgNode {
  namespace?: string;
  injectNamespace?: boolean;
  disabled?: boolean;
  config?: Record<string, Value>;
  subcomponents?: Record<string, CfgNode>;
}

export interface StaticFile {
  name: string;
  /** Latin-1 text and binary are bytes; the rest UTF-8 text. */
  content: string | number[];
}

export type Kind = 'component' | 'helm' | 'static' | 'kustomize';

export interface Comp {
  /** The name in the definition (for a folder component: its own component file). */
  name: string;
  kind: Kind;
  /** Folder components: the name the parent lists (config lookup and output folder). */
  listed?: string;
  /** Folder components: folder relative to the parent's folder, and how it is given. */
  folder?: string;
  locate?: 'path' | 'source' | 'both';
  defFormat?: 'yaml' | 'json';
  /** component.json: the spelling of the field names (Go matches them case-insensitively). */
  jsonCase?: 'lower' | 'title' | 'upper';
  /** Write `type:` even for the default `component`; write `method: local`. */
  writeType?: boolean;
  writeMethod?: boolean;
  /** Folder components: config/<env>.<yaml|json>. */
  configs?: Record<string, { format: 'yaml' | 'json'; data: CfgNode }>;
  /** Inline components: asset folder (chart, static files, kustomization) in the owning folder. */
  asset?: string;
  files?: StaticFile[];
  chart?: ChartSpec;
  hooks?: Record<string, string[]>;
  children: Comp[];
}

export interface ChartSpec {
  /** Templates to include (see CHART_TEMPLATES). */
  templates: string[];
  /** values.yaml of the chart. */
  defaults: Record<string, Value>;
  /** Packaged as charts/<name>-<version>.tgz and referred to by that path. */
  packaged: boolean;
}

export interface GeneratorOptions {
  /**
   * Constructs that exercise the YAML reader/writer (lib/hld/yaml-read.ts, yaml-emit.ts and their modules): integers
   * beyond 2^53, plain octal/dates in config, anchors and merge keys, unicode strings and NEL in
   * values helm echoes back, helm/charts' minio flow list. On by default (`false` to leave them out).
   */
  yamlLayerClasses?: boolean;
  /**
   * `null` config values across layers (conjungo drops a lower layer's null under a key the higher
   * layer lacks, but copies a lower layer's whole map, nulls included, into a higher layer that has
   * no `config`). On by default (`false` to leave them out).
   */
  configLayerNulls?: boolean;
  /** Probability that a tree may legitimately fail (conflicting kinds across config layers). */
  conflictRate?: number;
}

/** The generator's random source (mulberry32); the same seed gives the same trees. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  subset<T>(xs: readonly T[], p: number): T[] {
    return xs.filter(() => this.chance(p));
  }
}

export const ENVIRONMENTS = ['prod', 'east', 'dev'] as const;
/** Environment lists a batch is generated with (priority order, [] is common only). */
export const ENV_SETS: string[][] = [[], ['prod'], ['prod', 'east'], ['east', 'prod'], ['dev', 'prod', 'east']];

const HELM_NAMES = ['prometheus', 'web', 'api', 'grafana', 'cm-1', 'x'];
const STATIC_NAMES = ['prometheus', 'web', 'Web', 'Ärger', 'crds', 'ﬁles', 'api', 'z'];
/** Kustomize components' files are told apart by name: fab writes them empty (a deliberate difference). */
export const KUSTOMIZE_NAMES = ['kust-a', 'kust-b'];
const FOLDER_NAMES = ['prometheus', 'web', 'infra', 'Infra', 'api', 'ünicode', 'monitoring'];
const KEYS = ['image', 'tag', 'replicas', 'a', 'b', 'list', 'nested', 'item2', 'item10', 'Zeta', 'under_score'];
const NAMESPACES = ['ns-a', 'ns-b', 'kube-system'];

/** Scalars whose reading and writing the current YAML layer is known to share with yaml.v2. */
const SAFE_SCALARS: Value[] = [
  'plain',
  'two words',
  'off',
  'yes',
  'y',
  'N',
  '0644',
  '1.10',
  '2020-01-01',
  '1_000',
  '1:30',
  '',
  ' lead',
  'trail ',
  'a: b',
  '#hash',
  '- dash',
  'null',
  '~',
  'true',
  0,
  1,
  -7,
  42,
  3.5,
  1.5e3,
  0.1,
  true,
  false,
  null,
  'ümlaut',
  'multi\nline',
  'x'.repeat(90),
];
/** Scalars whose differences are YAML-layer classes (issue 23). */
const YAML_LAYER_SCALARS: Value[] = ['🚀 rocket', 'line\nwith 🚀', 'nel\u0085', 'tab\there'];
/** Plain (unquoted) config texts for the YAML layer: read as yaml.v2 reads them. */
const YAML_LAYER_PLAIN = [
  '9223372036854775807',
  '18446744073709551615',
  '9007199254740993',
  '0644',
  '2021-02-30',
  '1e300',
  '.inf',
  '0x1F',
  '+12',
];

const STATIC_FILE_NAMES = [
  'a.yaml',
  'B.yaml',
  'b.yaml',
  'ﬁ.yaml',
  'ｚ.yaml',
  '𝔸.yaml',
  '😀.yaml',
  'Ärger.yaml',
  'z',
  '10.yaml',
  '9.yaml',
  '_x.yaml',
  '.hidden.yaml',
];

export const CHART_TEMPLATES: Record<string, string> = {
  'cm.yaml': `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Release.Name }}-cm
  labels:
    release: {{ .Release.Name | quote }}
data:
  namespace: {{ .Release.Namespace | quote }}
{{- range $k, $v := .Values }}
  {{ $k | quote }}: {{ $v | toJson | quote }}
{{- end }}
`,
  'nested.yaml': `{{- with .Values.image }}{{ if kindIs "map" . }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $.Release.Name }}-deploy
spec:
  replicas: {{ $.Values.replicas | default 1 | toJson }}
  template:
    spec:
      containers:
      - name: main
        image: {{ printf "%v:%v" (.repository | default "none") (.tag | default "latest") | quote }}
        args: [ "--ns={{ $.Release.Namespace }}",
          "--x" ]
{{- end }}{{ end }}
`,
  'fixed-ns.yaml': `apiVersion: v1
kind: Service
metadata:
  name: {{ .Release.Name }}-svc
  namespace: fixed
spec:
  ports:
  - port: 80
    name: http
---
# a comment-only document
`,
  'no-meta.yaml': `kind: Note
text: |
  values of {{ .Release.Name }}
  in {{ .Release.Namespace }}
list:
{{- range $k, $v := .Values }}
- {{ $k | quote }}
{{- end }}
`,
  'flow-minio.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: {{ .Release.Name }}-minio
spec:
  containers:
  - name: c
    command: [ "/bin/sh",
    "-ce", "true" ]
`,
  'empty.yaml': `{{- if .Values.neverSet }}
kind: Never
{{- end }}
`,
  'list.yaml': `{{- if kindIs "slice" .Values.list }}
apiVersion: v1
kind: List
metadata:
  name: {{ .Release.Name }}-list
items:
{{- range .Values.list }}
- {{ . | toJson }}
{{- end }}
{{- end }}
`,
};

/** Templates whose output only yaml.v2's reader takes as it is (issue 23: minio's flow list). */
const YAML_LAYER_TEMPLATES = ['flow-minio.yaml'];

const STATIC_CONTENTS: (string | number[])[] = [
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\n',
  'kind: NoNewline',
  '',
  '# only a comment\n',
  'a: 1\r\nb: 2\r\n',
  '---\nkind: A\n---\nkind: B\n',
  'text: ünïcödé 😀\n',
  [0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a], // Latin-1 "name: café"
  [0x00, 0xff, 0xfe, 0x80, 0x0a, 0x41, 0xc3], // binary
];

// Every hook and helm render is a process, and starting one from a large Node process costs ~15 ms
// of its main thread (fork): their rates keep 200 trees within the CI budget.
interface Ctx {
  rng: Rng;
  opts: GeneratorOptions;
  conflict: boolean;
  /** Asset folder counter per owning folder. */
  assets: number;
  folders: number;
}

/** One random tree (a folder component), its root the given name. */
export function generateTree(seed: number, opts: GeneratorOptions = {}): Comp {
  const rng = new Rng(seed);
  const ctx: Ctx = { rng, opts, conflict: rng.chance(opts.conflictRate ?? 0.03), assets: 0, folders: 0 };
  return folderComp(ctx, rng.pick(FOLDER_NAMES), 0, new Set());
}

/** Whether the tree was generated with layers allowed to conflict (it may fail in both tools). */
export function mayFail(seed: number, opts: GeneratorOptions = {}): boolean {
  return new Rng(seed).chance(opts.conflictRate ?? 0.03);
}

function folderComp(ctx: Ctx, listed: string, depth: number, _used: Set<string>): Comp {
  const { rng } = ctx;
  const c: Comp = {
    name: rng.chance(0.85) ? listed : rng.pick(FOLDER_NAMES),
    listed,
    kind: 'component',
    folder: `sub-${ctx.folders++}`,
    locate: rng.pick(['path', 'path', 'source', 'both'] as const),
    defFormat: rng.chance(0.25) ? 'json' : 'yaml',
    jsonCase: rng.pick(['lower', 'lower', 'title', 'upper'] as const),
    writeType: rng.chance(0.5),
    writeMethod: rng.chance(0.3),
    children: [],
  };
  if (c.locate === 'both') c.folder = `deep/sub-${ctx.folders++}`;
  // Children: their output names must be unique in this folder's logical path.
  const used = new Set<string>([c.name]);
  const n = depth >= 3 ? 0 : rng.int(depth === 0 ? 5 : 4);
  for (let i = 0; i < n; i++) {
    const roll = rng.next();
    if (roll < 0.25 && depth < 3) {
      // Sibling names are unique whatever their kind (they share the parent's config entries).
      const name = fresh(rng, FOLDER_NAMES, used);
      if (name) {
        used.add(name);
        c.children.push(folderComp(ctx, name, depth + 1, used));
      }
    } else {
      const child = inlineComp(ctx, used, depth + 1);
      if (child) c.children.push(child);
    }
  }
  maybeSameNameChild(ctx, c, used);
  if (rng.chance(0.05)) c.hooks = { 'after-generate': [`echo done > .after-${ctx.folders}`] };
  c.configs = {};
  for (const env of [...ENVIRONMENTS, 'common']) {
    if (rng.chance(0.55)) c.configs[env] = { format: rng.chance(0.2) ? 'json' : 'yaml', data: cfgNode(ctx, c, true) };
  }
  return c;
}

function fresh(rng: Rng, pool: readonly string[], used: Set<string>): string | undefined {
  const free = pool.filter((n) => !used.has(n));
  return free.length ? rng.pick(free) : undefined;
}

function inlineComp(ctx: Ctx, used: Set<string>, depth: number): Comp | undefined {
  const { rng } = ctx;
  const roll = rng.next();
  const kind: Kind = roll < 0.18 ? 'helm' : roll < 0.98 ? 'static' : 'kustomize';
  const name = fresh(rng, kind === 'helm' ? HELM_NAMES : kind === 'kustomize' ? KUSTOMIZE_NAMES : STATIC_NAMES, used);
  if (!name) return undefined;
  used.add(name);
  const c: Comp = { name, kind, asset: `${kind}-${ctx.assets++}`, writeMethod: rng.chance(0.3), children: [] };
  fillAsset(ctx, c);
  // Inline children of inline components live in the same folder and config entry.
  if (depth < 4 && rng.chance(0.2)) {
    const k = inlineComp(ctx, used, depth + 1);
    if (k) c.children.push(k);
  }
  maybeSameNameChild(ctx, c, used);
  return c;
}

/**
 * A parent and its last inline child with the same name write one file; fab writes the output of
 * the one it finishes last, normally the child (see the hook below).
 */
function maybeSameNameChild(ctx: Ctx, parent: Comp, _used: Set<string>): void {
  const { rng } = ctx;
  if (!rng.chance(0.06)) return;
  const helmOk = parent.kind !== 'component' || HELM_NAMES.includes(parent.name);
  const kind: Kind = helmOk && HELM_NAMES.includes(parent.name) && rng.chance(0.5) ? 'helm' : 'static';
  const c: Comp = { name: parent.name, kind, asset: `${kind}-${ctx.assets++}`, children: [] };
  fillAsset(ctx, c);
  // fab keeps whichever of the two finishes last, a race its parent wins only by being quick; a
  // second's sleep in the child's after-generate hook (which fab runs before reporting the child
  // done) makes the child certainly last, under any machine load.
  c.hooks = { ...(c.hooks ?? {}), 'after-generate': ['sleep 1'] };
  parent.children.push(c);
}

function fillAsset(ctx: Ctx, c: Comp): void {
  const { rng } = ctx;
  if (c.kind === 'static') {
    const names = rng.subset(STATIC_FILE_NAMES, 0.3);
    c.files = names.map((name) => ({ name, content: rng.pick(STATIC_CONTENTS) }));
    if (!c.files.length) c.files.push({ name: 'only.yaml', content: STATIC_CONTENTS[0] });
    if (rng.chance(0.1)) {
      // Runs before its own render: the file it writes is part of the output.
      c.hooks = {
        'before-generate': [
          rng.pick([
            `touch ${c.asset}/hook-touched.yaml`,
            `echo 'kind: Hooked' > ${c.asset}/ﬁ-hook.yaml`,
            `printf 'x: 1' > ${c.asset}/0.yaml`,
          ]),
        ],
      };
    }
  } else if (c.kind === 'helm') {
    c.chart = {
      templates: [
        'cm.yaml',
        ...rng.subset(
          Object.keys(CHART_TEMPLATES).filter(
            (t) => t !== 'cm.yaml' && (ctx.opts.yamlLayerClasses !== false || !YAML_LAYER_TEMPLATES.includes(t)),
          ),
          0.4,
        ),
      ],
      defaults: rng.chance(0.5) ? { chartDefault: 'fromChart', replicas: 2 } : {},
      packaged: rng.chance(0.1),
    };
    if (rng.chance(0.05)) c.hooks = { 'after-generate': [`echo rendered > .done-${c.asset}`] };
  }
}

/** A config file's content for a folder component: its own values and entries for its subcomponents. */
function cfgNode(ctx: Ctx, owner: Comp, top: boolean): CfgNode {
  const { rng } = ctx;
  const n: CfgNode = {};
  if (rng.chance(0.25)) {
    n.namespace = rng.pick(NAMESPACES);
    if (rng.chance(0.6)) n.injectNamespace = rng.chance(0.8);
  } else if (rng.chance(0.1)) n.injectNamespace = true;
  if (!top && rng.chance(0.08)) n.disabled = rng.chance(0.7);
  if (rng.chance(0.7)) n.config = values(ctx, 0);
  const subs: Record<string, CfgNode> = {};
  for (const k of owner.children) {
    if (!rng.chance(0.5)) continue;
    subs[k.listed ?? k.name] = cfgNode(ctx, k, false);
  }
  // An entry for a subcomponent that does not exist is ignored by both.
  if (rng.chance(0.05)) subs.ghost = { config: { a: 1 } };
  if (Object.keys(subs).length) n.subcomponents = subs;
  return n;
}

/**
 * Values with a fixed kind per key (map, list or scalar) across every layer, so layers merge —
 * except in a conflict tree, where a key may be any kind in any layer (and the render may fail).
 */
function values(ctx: Ctx, depth: number): Record<string, Value> {
  const { rng } = ctx;
  const out: Record<string, Value> = {};
  for (const k of rng.subset(KEYS, 0.3)) out[k] = value(ctx, k, depth);
  return out;
}

function kindOf(k: string): 'map' | 'list' | 'scalar' {
  if (k === 'image' || k === 'nested') return 'map';
  if (k === 'list') return 'list';
  return 'scalar';
}

function value(ctx: Ctx, k: string, depth: number): Value {
  const { rng } = ctx;
  let kind = kindOf(k);
  // Scalars may sit over anything (the higher layer keeps its scalar); a map or list over another
  // kind is an error in both tools, made only in conflict trees.
  if (ctx.conflict && rng.chance(0.3)) kind = rng.pick(['map', 'list', 'scalar'] as const);
  else if (kind !== 'scalar' && rng.chance(0.05) && ctx.conflict) kind = 'scalar';
  if (depth > 2) kind = 'scalar';
  if (kind === 'map') {
    const m: Record<string, Value> = {};
    if (k === 'image') {
      if (rng.chance(0.7)) m.repository = scalar(ctx);
      if (rng.chance(0.7)) m.tag = scalar(ctx);
    }
    Object.assign(m, values(ctx, depth + 1));
    return m;
  }
  if (kind === 'list')
    return Array.from({ length: rng.int(3) }, () =>
      rng.chance(0.2) && depth < 2 ? { name: scalar(ctx) } : scalar(ctx),
    );
  return scalar(ctx);
}

function scalar(ctx: Ctx): Value {
  const pool = ctx.opts.yamlLayerClasses !== false ? [...SAFE_SCALARS, ...YAML_LAYER_SCALARS] : SAFE_SCALARS;
  const plain = yamlLayerPlain(ctx.rng, ctx.opts);
  if (plain) return `${PLAIN}${plain}`;
  const v = ctx.rng.pick(pool);
  return v === null && ctx.opts.configLayerNulls === false ? 'null-text' : v;
}

/** A string starting with this is written into YAML config unquoted, as the text after it. */
export const PLAIN = '\u0000plain:';

/** Whether plain YAML-layer texts (unquoted big ints, octal, bad dates) may be written into config. */
export function yamlLayerPlain(rng: Rng, opts: GeneratorOptions): string | undefined {
  return opts.yamlLayerClasses !== false && rng.chance(0.1) ? rng.pick(YAML_LAYER_PLAIN) : undefined;
}

/** One random `fab set` invocation on a random config file. */
export interface SetCase {
  seed: number;
  environment: string;
  /** The config file before (absent: set creates it). */
  file?: { format: 'yaml' | 'json'; data: CfgNode };
  subcomponent: string[];
  pairs: string[];
}

const SET_VALUES = [
  '1.5.0',
  'off',
  'yes',
  '0644',
  '1.10',
  '2020-01-01',
  'y',
  '~',
  'null',
  '',
  'two words',
  '#x',
  ' lead',
  'ümlaut',
  'true',
  '42',
  '-1',
  'a:b',
  'x'.repeat(100),
  'registry.local/app',
];
const SUB_NAMES = ['api', 'web', 'db', 'Ärger'];

export function generateSetCase(seed: number, opts: GeneratorOptions = {}): SetCase {
  const rng = new Rng(seed);
  const ctx: Ctx = { rng, opts, conflict: false, assets: 0, folders: 0 };
  const tree = (depth: number): CfgNode => {
    const n: CfgNode = {};
    if (rng.chance(0.2)) n.namespace = rng.pick(NAMESPACES);
    if (rng.chance(0.1)) n.injectNamespace = true;
    if (depth > 0 && rng.chance(0.1)) n.disabled = true;
    // Entries without `config` or `subcomponents` are where fab set crashes or drops the value.
    if (rng.chance(depth === 0 ? 0.7 : 0.85)) n.config = values(ctx, 0);
    if (depth < 2 && rng.chance(0.6)) {
      n.subcomponents = {};
      for (const s of rng.subset(SUB_NAMES, 0.4)) n.subcomponents[s] = tree(depth + 1);
    }
    return n;
  };
  const file = rng.chance(0.85)
    ? { format: rng.chance(0.2) ? ('json' as const) : ('yaml' as const), data: tree(0) }
    : undefined;
  const subcomponent: string[] = [];
  let at = file?.data;
  for (let d = 0; d < 2 && rng.chance(0.6); d++) {
    const known = Object.keys(at?.subcomponents ?? {});
    const name = known.length && rng.chance(0.7) ? rng.pick(known) : rng.pick(SUB_NAMES);
    subcomponent.push(name);
    at = at?.subcomponents?.[name];
  }
  const pairs = Array.from({ length: 1 + rng.int(3) }, () => {
    const known = Object.keys(at?.config ?? {});
    const keys = [known.length && rng.chance(0.5) ? rng.pick(known) : rng.pick(KEYS)];
    while (keys.length < 3 && rng.chance(0.35)) keys.push(rng.pick(KEYS));
    return `${keys.join('.')}=${rng.pick(SET_VALUES)}`;
  });
  return { seed, environment: rng.pick([...ENVIRONMENTS, 'common']), file, subcomponent, pairs };
}
