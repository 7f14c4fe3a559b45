import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './git.js';
import { spawnListening, stopByPid } from './process.js';

export interface StaticServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

// Serves a folder read-only over HTTP on 127.0.0.1 (a helm chart repository, a manifest file).
const SERVER = `
const { createServer } = require('node:http');
const { readFile } = require('node:fs');
const { join, normalize } = require('node:path');
const root = process.argv[2];
const server = createServer((req, res) => {
  const p = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\\.\\.[/\\\\])+/, '');
  readFile(join(root, p), (err, data) => {
    if (err) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200); res.end(data);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write('listening ' + server.address().port + '\\n'));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
`;

/** Starts a static file server for `root` as a child process; stopped by PID. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const script = join(tempDir('ringway-static-'), 'server.cjs');
  writeFileSync(script, SERVER);
  const { child, port } = await spawnListening(process.execPath, [script, root]);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    stop: () => stopByPid(child),
  };
}
