import { UsageError } from '../errors.js';
import { registerSecret } from '../secrets.js';
import { envName } from './names.js';

export type InputKind = 'string' | 'boolean' | 'list' | 'multiline';

export interface InputDef {
  /** kebab-case; GitHub `with:` key and CLI flag. Azure uses the camelCase form. */
  name: string;
  description: string;
  required?: boolean;
  /** Literal default. Defaults that depend on build metadata are computed in `run`. */
  default?: string;
  /** Masked in logs on every surface; never echoed back. */
  secret?: boolean;
  kind?: InputKind;
  /** Allowed values, checked before `run`. */
  options?: string[];
  /** Former names, still read (with a deprecation warning) when the input itself is not given. */
  aliases?: string[];
  /** An explicitly empty value is kept instead of falling back to the default (`keep: ''`). */
  allowEmpty?: boolean;
  /** Defaults to the job's own token: `github.token` on GitHub, System.AccessToken on Azure. */
  jobToken?: boolean;
  /** A file or folder path: refused before any file call when a part or the whole is longer than file systems take. */
  path?: boolean;
  /** Azure task UI: label (default: the name in sentence case). */
  label?: string;
  /** Azure task UI: group (default chosen from the name: credentials, storage, git). */
  group?: 'credentials' | 'storage' | 'git' | 'advanced';
  /** Azure task UI: shown only when this holds, in kebab names: `pull-request = true`. */
  visibleWhen?: string;
}

/** The part of a step definition that input resolution needs (keeps inputs.ts below types.ts). */
type Declares = { inputs: InputDef[] };

/** Where a host finds the raw value of an input; undefined or '' means "not given". */
export type RawInputSource = (def: InputDef) => string | undefined;

const MAX_VALUE = 64 * 1024;
const MAX_MULTILINE = 1024 * 1024;

const TRUE = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE = new Set(['false', 'no', 'n', 'off', '0']);

/**
 * Resolved, validated input values of one step run. Getters are typed by kind; asking for an
 * input the step does not declare is a programming error and throws.
 */
export class Inputs {
  private constructor(
    private readonly defs: Map<string, InputDef>,
    private readonly values: Map<string, string>,
    /** One warning per former input name used in this run. */
    readonly deprecations: string[] = [],
  ) {}

  static resolve(step: Declares, source: RawInputSource, env: NodeJS.ProcessEnv = process.env): Inputs {
    const defs = new Map(step.inputs.map((d) => [d.name, d]));
    const values = new Map<string, string>();
    const deprecations: string[] = [];
    for (const def of step.inputs) {
      let raw = source(def);
      // '' given explicitly is a value only for inputs where empty means something (keep: '').
      // Whitespace only is blank: a required input given as '  ' fails as missing, by name.
      const given = (v: string | undefined) =>
        v !== undefined && (v.trim() !== '' || (v === '' && Boolean(def.allowEmpty)));
      // A former name counts when the input itself is absent or only carries its default (GitHub
      // fills in action.yml defaults, so "absent" there looks like the default).
      if (!given(raw) || raw === def.default) {
        for (const alias of def.aliases ?? []) {
          const v = source({ ...def, name: alias }) ?? env[envName(alias)];
          if (v === undefined || v === '') continue;
          raw = v;
          deprecations.push(`input '${alias}' is deprecated: use '${def.name}'`);
          break;
        }
      }
      if (!given(raw)) raw = env[envName(def.name)];
      if (!given(raw)) raw = def.default;
      if (raw === '' && def.allowEmpty) {
        values.set(def.name, '');
        continue;
      }
      if (raw === undefined || raw === '') {
        if (def.required) throw new UsageError(`input '${def.name}' is required`);
        continue;
      }
      if (def.secret) registerSecret(raw.trim());
      const kind = def.kind ?? 'string';
      // Values reach commands and URLs: far past any real value, refuse before the OS does (E2BIG).
      const limit = kind === 'multiline' ? MAX_MULTILINE : MAX_VALUE;
      if (raw.length > limit)
        throw new UsageError(`input '${def.name}' is ${raw.length} characters long; at most ${limit} are accepted`);
      if (def.path) checkPathLength(def.name, raw.trim());
      if (kind === 'boolean') {
        const v = raw.trim().toLowerCase();
        if (!TRUE.has(v) && !FALSE.has(v)) {
          throw new UsageError(`input '${def.name}' must be true or false, got '${raw}'`);
        }
      }
      if (def.options && !def.options.includes(raw.trim())) {
        throw new UsageError(`input '${def.name}' must be one of ${def.options.join(', ')}, got '${raw.trim()}'`);
      }
      values.set(def.name, kind === 'multiline' ? raw : raw.trim());
    }
    return new Inputs(defs, values, deprecations);
  }

  /** For tests and for steps calling steps: values given directly. */
  static of(step: Declares, values: Record<string, string | boolean | undefined>): Inputs {
    return Inputs.resolve(
      step,
      (def) => {
        const v = values[def.name];
        return v === undefined ? undefined : String(v);
      },
      {},
    );
  }

  private def(name: string): InputDef {
    const d = this.defs.get(name);
    if (!d) throw new Error(`step has no input '${name}'`);
    return d;
  }

  has(name: string): boolean {
    this.def(name);
    return this.values.has(name);
  }

  /** The value, or '' when not given and without default. */
  string(name: string): string {
    this.def(name);
    return this.values.get(name) ?? '';
  }

  /** The value, or throws a usage error naming the input when it is empty. */
  require(name: string): string {
    const v = this.string(name);
    if (!v) throw new UsageError(`input '${name}' is required`, { input: name });
    return v;
  }

  boolean(name: string): boolean {
    this.def(name);
    const v = this.values.get(name);
    return v !== undefined && TRUE.has(v.toLowerCase());
  }

  /** Comma- or newline-separated values, trimmed, empties dropped. */
  list(name: string): string[] {
    return splitList(this.string(name));
  }

  /** Non-empty lines, trimmed; commas are kept (values like `a=1,2`). */
  lines(name: string): string[] {
    return this.string(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
  }

  integer(name: string, min = 0): number {
    const v = this.string(name);
    if (v === '') return NaN;
    if (!/^\d+$/.test(v) || Number(v) < min) {
      throw new UsageError(`input '${name}' must be an integer ≥ ${min}, got '${v}'`, { input: name });
    }
    return Number(v);
  }
}

/** Linux's limits (NAME_MAX, PATH_MAX), in bytes: past them every file call fails with ENAMETOOLONG. */
const MAX_NAME = 255;
const MAX_PATH = 4096;

function checkPathLength(input: string, value: string): void {
  const long = value.split(/[\\/]/).find((part) => Buffer.byteLength(part) > MAX_NAME);
  if (long !== undefined)
    throw new UsageError(
      `input '${input}': a part of the path is ${Buffer.byteLength(long)} bytes long; file and folder names are at most ${MAX_NAME}`,
      { input },
    );
  if (Buffer.byteLength(value) > MAX_PATH)
    throw new UsageError(`input '${input}': the path is longer than ${MAX_PATH} bytes`, { input });
}

export function splitList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
