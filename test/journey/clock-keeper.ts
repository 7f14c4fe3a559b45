// libfaketime (the journey's clock) shares a semaphore and a memory segment between a preloaded
// process and its children: the first preloaded process creates them, names them in
// FAKETIME_SHARED for its children, and removes them when it exits. A child that starts after
// that process exited (act's step shells are started by act, not by the shell that created them)
// inherits a name that is gone and dies at load with "sem_open failed and recreation attempts
// failed" — a failed job that says nothing about ringway. One keeper, preloaded and idle for the
// whole journey, owns both for every process of it.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { FAKETIME_LIB } from './tools.js';

export interface ClockKeeper {
  /** FAKETIME_SHARED for every preloaded process: the keeper's semaphore and memory segment. */
  shared: string;
  stop(): Promise<void>;
}

export async function startClockKeeper(): Promise<ClockKeeper> {
  const child = spawn('sleep', ['infinity'], {
    env: { PATH: process.env.PATH, LD_PRELOAD: FAKETIME_LIB, FAKETIME: '+0' },
    stdio: 'ignore',
  });
  const pid = child.pid;
  if (!pid) throw new Error('journey: could not start the libfaketime keeper (sleep)');
  // libfaketime names both after the creating process (/faketime_sem_<pid>, /faketime_shm_<pid>).
  const files = [`/dev/shm/sem.faketime_sem_${pid}`, `/dev/shm/faketime_shm_${pid}`];
  for (let i = 0; i < 100 && !files.every((f) => existsSync(f)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!files.every((f) => existsSync(f))) {
    process.kill(pid);
    throw new Error(
      `journey: libfaketime created no shared semaphore for its keeper (pid ${pid}): ${files.join(', ')}`,
    );
  }
  return {
    shared: `/faketime_sem_${pid} /faketime_shm_${pid}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(pid);
      await exited;
      // Killed by a signal, the keeper ran no exit handler: remove what it created.
      for (const f of files) rmSync(f, { force: true });
    },
  };
}
