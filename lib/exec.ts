import { currentDeadline } from './deadline.js';
import { RingwayError } from './errors.js';
import { holdsSecret, redact } from './secrets.js';

export interface ExecOptions {
  cwd?: string;
  /** Added to (not replacing) the current environment. */
  env?: Record<string, string | undefined>;
  /** Written to the child's stdin, which is then closed. */
  input?: string | Buffer;
  /** Resolve with the exit code instead of throwing when it is non-zero. */
  allowFailure?: boolean;
  /** Shown in the error instead of the command line (which may be long). */
  label?: string;
  /** Called with each line of stdout and stderr as it arrives (a build log streamed live). */
  onLine?: (line: string) => void;
  /**
   * Kill the command (and what it started) when it has not finished after this long; the error
   * then names `service`. For commands that talk to a server (git fetch/push/ls-remote). Every
   * command also runs under the step's deadline (lib/deadline.ts), with or without this.
   */
  timeout?: { ms: number; service: string };
}

/**
 * How long a step waits for a server that does not answer (git, forge, table service, registry),
 * retries included: 60 s unless the step's `request-timeout` input says otherwise.
 */
let networkBudgetMs = 60_000;

export function setNetworkTimeout(ms: number): void {
  networkBudgetMs = ms;
}

/** The bound of one request: `request-timeout`, or less when the step's deadline comes first. */
export function networkTimeoutMs(): number {
  const deadline = currentDeadline();
  return deadline ? Math.max(1, Math.min(networkBudgetMs, deadline.remainingMs())) : networkBudgetMs;
}

/**
 * The error for a server that did not answer in time; names the service and the input to raise:
 * `request-timeout`, or the step's `timeout` when its deadline is what cut the request off.
 */
export function noAnswerError(service: string, ms = networkBudgetMs): RingwayError {
  const deadline = currentDeadline();
  if (deadline?.passed) return deadline.error(redact(service));
  return new RingwayError(`${redact(service)} did not answer within ${formatSeconds(ms)} (input 'request-timeout')`, {
    kind: 'timeout',
    input: 'request-timeout',
  });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export interface ExecResult {
  code: number;
  stdout: string;
  /** stdout as the bytes it was (objects git prints whole: blobs that are not UTF-8 text). */
  stdoutBytes: Buffer;
  stderr: string;
}

// Loaded at the first command, not with the bundle: a step that stops at its inputs starts none.
let modules:
  | Promise<{
      spawn: typeof import('node:child_process').spawn;
      StringDecoder: typeof import('node:string_decoder').StringDecoder;
    }>
  | undefined;

function processModules() {
  modules ??= Promise.all([import('node:child_process'), import('node:string_decoder')]).then(([cp, sd]) => ({
    spawn: cp.spawn,
    StringDecoder: sd.StringDecoder,
  }));
  return modules;
}

/**
 * Runs a program without a shell and captures its output. Not @actions/exec: that one echoes the
 * full command line to stdout, which would print arguments we keep out of logs, and pulls GitHub
 * formatting into the CLI and Azure surfaces.
 */
export async function exec(cmd: string, args: string[], opts: ExecOptions = {}): Promise<ExecResult> {
  const { spawn, StringDecoder } = await processModules();
  return new Promise((resolve, reject) => {
    const env = childEnv();
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    // Under a deadline or a timeout the child leads its own process group, so what it started
    // (git's remote helpers, helm's plugins, a build's runtime) dies with it.
    const deadline = currentDeadline();
    const label = opts.label ?? cmd;
    const waitingFor = opts.timeout ? redact(`${opts.timeout.service} (${label})`) : label;
    if (deadline?.signal.aborted) {
      reject(deadline.error(waitingFor));
      return;
    }
    const grouped = Boolean(opts.timeout || deadline);
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: grouped,
    });
    let stoppedBy: 'timeout' | 'deadline' | undefined;
    const stop = (why: 'timeout' | 'deadline') => {
      stoppedBy ??= why;
      killGroup(child);
    };
    const timer = opts.timeout ? setTimeout(() => stop('timeout'), opts.timeout.ms) : undefined;
    const onDeadline = () => stop('deadline');
    deadline?.signal.addEventListener('abort', onDeadline, { once: true });
    if (grouped && child.pid) {
      liveGroups.add(child.pid);
      watchGroups();
    }
    const settle = () => {
      if (timer) clearTimeout(timer);
      deadline?.signal.removeEventListener('abort', onDeadline);
      if (child.pid) forgetGroup(child.pid);
    };
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const streams = [
      lineSplitter(opts.onLine, new StringDecoder('utf8')),
      lineSplitter(opts.onLine, new StringDecoder('utf8')),
    ];
    child.stdout.on('data', (d: Buffer) => (out.push(d), streams[0].push(d)));
    child.stderr.on('data', (d: Buffer) => (err.push(d), streams[1].push(d)));
    child.on('error', (e: NodeJS.ErrnoException) => {
      settle();
      if (e.code === 'ENOENT') reject(new RingwayError(`${cmd} is not installed or not on PATH`));
      else reject(new RingwayError(`${opts.label ?? cmd}: ${redact(e.message)}`));
    });
    child.on('close', (code, signal) => {
      for (const st of streams) st.end();
      settle();
      if (stoppedBy === 'deadline' && deadline) {
        reject(deadline.error(waitingFor));
        return;
      }
      if (stoppedBy === 'timeout' && opts.timeout) {
        reject(noAnswerError(`${opts.timeout.service} (${label})`, opts.timeout.ms));
        return;
      }
      const stdoutBytes = Buffer.concat(out);
      const result = {
        code: code ?? (signal ? 128 : 1),
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (result.code !== 0 && !opts.allowFailure) {
        reject(new ExecError(opts.label ?? `${cmd} ${args[0] ?? ''}`.trim(), result));
      } else {
        resolve(result);
      }
    });
    child.stdin.on('error', () => undefined); // child may exit before reading stdin
    child.stdin.end(opts.input ?? '');
  });
}

/** Kills the child's process group (it leads one when started under a deadline or timeout). */
function killGroup(child: { pid?: number; kill(signal: NodeJS.Signals): boolean }): void {
  try {
    process.kill(-(child.pid as number), 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/**
 * Process groups of running children. A child in a group of its own no longer gets the terminal's
 * Ctrl-C or a runner's cancel signal, so while any runs, ringway passes SIGINT and SIGTERM on to
 * them, kills what is left, then dies of the signal as it would have; it kills them when it exits.
 */
const liveGroups = new Set<number>();
const FORWARDED = ['SIGINT', 'SIGTERM'] as const;

function forwardSignal(signal: NodeJS.Signals): void {
  // Then SIGKILL: a shell's background job ignores SIGINT, and nothing may outlive ringway.
  for (const pid of liveGroups) killQuietly(-pid, signal);
  for (const pid of liveGroups) killQuietly(-pid, 'SIGKILL');
  for (const s of FORWARDED) process.removeListener(s, forwardSignal);
  process.kill(process.pid, signal);
}

function killOnExit(): void {
  for (const pid of liveGroups) killQuietly(-pid, 'SIGKILL');
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

function watchGroups(): void {
  if (liveGroups.size !== 1) return;
  for (const s of FORWARDED) process.on(s, forwardSignal);
  process.on('exit', killOnExit);
}

function forgetGroup(pid: number): void {
  if (!liveGroups.delete(pid) || liveGroups.size) return;
  for (const s of FORWARDED) process.removeListener(s, forwardSignal);
  process.removeListener('exit', killOnExit);
}

/**
 * Variables that hold a runner's or an agent's credentials: GitHub's `ACTIONS_*` (the runtime and
 * OIDC request tokens among them) and `GITHUB_TOKEN` when a workflow maps it, Azure's
 * `SYSTEM_ACCESSTOKEN` (System.AccessToken mapped by the pipeline), service connection secrets
 * (`ENDPOINT_AUTH_*`) and secret variables (`SECRET_*`), and every step input (`INPUT_*`, secrets
 * included). No child needs them, and HLD content may never name one (lib/git/access-tokens.ts).
 */
export const RUNNER_CREDENTIALS = /^(INPUT_|ACTIONS_|ENDPOINT_AUTH_|SECRET_|SYSTEM_ACCESSTOKEN$|GITHUB_TOKEN$)/i;

/**
 * Our inputs travel in the environment (GitHub and Azure `INPUT_*`, the CLI's `RINGWAY_*` fallback),
 * secrets included, and the runner adds its own credentials (RUNNER_CREDENTIALS). No child process
 * (git, helm, builders, HLD hooks) needs them: they are dropped here, the one place children are
 * started, with any variable holding a registered secret (a token the author also mapped under
 * another name, an access-tokens variable). What a tool needs is passed through `ExecOptions.env`
 * explicitly.
 */
export const SCRUBBED_ENV = new RegExp(`${RUNNER_CREDENTIALS.source}|^RINGWAY_`, 'i');

export function childEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!SCRUBBED_ENV.test(k) && !holdsSecret(v ?? '')) env[k] = v;
  return env;
}

/** A failed command; the message carries the last meaningful stderr line, redacted. */
export class ExecError extends RingwayError {
  constructor(
    readonly label: string,
    readonly result: ExecResult,
  ) {
    super(`${label} failed (exit ${result.code}): ${lastLines(result.stderr || result.stdout)}`);
    this.name = 'ExecError';
  }
}

export function lastLines(text: string, n = 3): string {
  const lines = redact(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.slice(-n).join(' | ') || 'no output';
}

/**
 * Cuts a byte stream into lines for `onLine`; a no-op without a callback. One decoder per stream:
 * a character whose bytes arrive in two chunks is held back until it is whole.
 */
function lineSplitter(
  onLine: ((line: string) => void) | undefined,
  decoder: { write(b: Buffer): string; end(): string },
): { push(d: Buffer): void; end(): void } {
  let rest = '';
  const emit = (text: string) => {
    const lines = (rest + text).split(/\r?\n|\r/);
    rest = lines.pop() ?? '';
    for (const l of lines) onLine?.(l);
  };
  return {
    push(d) {
      if (onLine) emit(decoder.write(d));
    },
    end() {
      if (!onLine) return;
      emit(decoder.end());
      if (rest) onLine(rest);
      rest = '';
    },
  };
}
