import type { Host } from './host.js';
import type { InputDef, Inputs } from './inputs.js';

export type { InputDef, InputKind } from './inputs.js';

export interface OutputDef {
  name: string;
  description: string;
  /** Former names, set to the same value so existing pipelines keep reading them. */
  aliases?: string[];
}

export type StepOutputs = Record<string, string>;

export interface StepDef {
  /** kebab-case step name: `push-manifests`. */
  name: string;
  /** Display name: `Push manifests`. */
  title: string;
  description: string;
  /** Stable GUID of the Azure DevOps task; never change it once published. */
  azureTaskId: string;
  /** Azure task catalog category; default Deploy. */
  azureCategory?: 'Build' | 'Deploy' | 'Utility';
  inputs: InputDef[];
  /** CLI only: the list input that positional arguments fill (`ringway generate prod east`). */
  positional?: { input: string; usage: string };
  outputs: OutputDef[];
  run(inputs: Inputs, host: Host): Promise<StepOutputs>;
}

/**
 * The whole step's deadline: hosts run the step under it (lib/hosts/run.ts); every child process and
 * request runs under it too.
 */
export const timeoutInput: InputDef = {
  name: 'timeout',
  description:
    'Deadline of the whole step, e.g. 10m, 1h (at most 24h): every command it runs (git, helm, kubectl, buildah, hooks) and every request ends by then, and the step fails naming this input',
  default: '30m',
};

/** How long one request may wait for a server that does not answer; never beyond the step's `timeout`. */
export const requestTimeoutInput: InputDef = {
  name: 'request-timeout',
  description:
    "How long to wait for a server (git, forge API, table service, registry, chart repository) that does not answer, retries included, e.g. 60s, 2m; never beyond the step's timeout",
  default: '60s',
};

/**
 * GitHub Action input carrying the job's own token (default `github.token`) for `jobToken` inputs
 * left empty; kept apart from `token` so the job token is sent only to the job's own server.
 */
export const JOB_TOKEN_INPUT = 'job-token';

/** Inputs that every step talking to git accepts (SPEC: token, git-user-name, git-user-email, dry-run). */
export const gitInputs: InputDef[] = [
  {
    name: 'token',
    description: "Token for the git server, sent only as an HTTP Authorization header; default the job's own token",
    secret: true,
    jobToken: true,
  },
  { name: 'git-user-name', description: 'Author name of commits made by this step', default: 'ringway-bot' },
  {
    name: 'git-user-email',
    description: 'Author email of commits made by this step',
    default: 'ringway-bot@users.noreply.github.com',
  },
  {
    name: 'dry-run',
    description: 'Do everything except push, open pull requests or write remote state',
    kind: 'boolean',
    default: 'false',
  },
  timeoutInput,
  requestTimeoutInput,
];
