import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './git.js';
import { spawnListening, stopByPid } from './process.js';

export interface HealthServer {
  url: string;
  pid: number;
  /** What every later request is answered with (delayMs holds the answer back). */
  answer(a: { status: number; body?: string; delayMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

// A service's health endpoint on 127.0.0.1 whose answer the test scripts through POST /__answer.
const SERVER = `
const { createServer } = require('node:http');
let answer = { status: 200, body: 'ok', delayMs: 0 };
const server = createServer((req, res) => {
  let raw = '';
  req.on('data', (c) => (raw += c));
  req.on('end', () => {
    if (req.url === '/__answer' && req.method === 'POST') { answer = { body: '', delayMs: 0, ...JSON.parse(raw) }; res.end('{}'); return; }
    setTimeout(() => { res.writeHead(answer.status, { 'content-type': 'text/plain' }); res.end(answer.body); }, answer.delayMs);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write('listening ' + server.address().port + '\\n'));
process.on('SIGTERM', () => { server.closeAllConnections(); server.close(() => process.exit(0)); });
`;

export async function startHealthServer(): Promise<HealthServer> {
  const script = join(tempDir('ringway-health-'), 'server.cjs');
  writeFileSync(script, SERVER);
  const { child, port } = await spawnListening(process.execPath, [script]);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid as number,
    async answer(a) {
      await fetch(`${url}/__answer`, { method: 'POST', body: JSON.stringify(a) });
    },
    stop: () => stopByPid(child),
  };
}
