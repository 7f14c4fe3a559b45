import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Starts a test server as a child process and waits for the "listening <port>" line it prints.
 * Servers in tests are separate processes on 127.0.0.1, stopped by their PID.
 */
export async function spawnListening(
  cmd: string,
  args: string[],
  opts: SpawnOptions = {},
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], ...opts });
  const port = await new Promise<number>((resolve, reject) => {
    let buf = '';
    child.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /listening (\d+)/.exec(buf);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`${cmd} ${args[0] ?? ''} exited with ${code}`)));
  });
  return { child, port };
}

/** SIGTERM by PID, then SIGKILL if it has not exited after a grace period. */
export async function stopByPid(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(child.pid as number, 'SIGTERM');
  const killer = setTimeout(() => child.exitCode === null && process.kill(child.pid as number, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(killer);
}
