// A smart-HTTP git server for tests: `git http-backend` behind a token check, on 127.0.0.1.
// Usage: node git-http-server-process.mjs <project-root> ; the token comes from GIT_SERVER_TOKEN.
// Prints "listening <port>" once ready. Every request is appended to <root>/.access.log as JSON
// (method, path, status, whether a token was sent) — never the token itself.
// GIT_SERVER_PORT listens on that port (a restarted server keeps its URL). GIT_SERVER_FAULT makes
// the server die (SIGKILL, its git with it) on the first push that carries a pack:
//   kill-mid-push   git receive-pack has read half of the pack when both die (the ref cannot move);
//   kill-after-push receive-pack finishes (the ref moved) and the server dies before answering.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';

const root = process.argv[2];
const token = process.env.GIT_SERVER_TOKEN ?? '';
const log = join(root, '.access.log');
const fault = process.env.GIT_SERVER_FAULT ?? '';

function authorized(header) {
  if (!header) return false;
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (/^bearer$/i.test(scheme)) return value === token;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1) === token;
  }
  return false;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const entry = {
    method: req.method,
    path: url.pathname,
    service: url.searchParams.get('service') ?? '',
    auth: Boolean(req.headers.authorization),
  };
  if (!authorized(req.headers.authorization)) {
    appendFileSync(log, JSON.stringify({ ...entry, status: 401 }) + '\n');
    res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="ringway-test"', 'Content-Type': 'text/plain' });
    res.end('unauthorized\n');
    return;
  }
  const env = {
    PATH: process.env.PATH,
    GIT_PROJECT_ROOT: root,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: decodeURIComponent(url.pathname),
    REQUEST_METHOD: req.method ?? 'GET',
    QUERY_STRING: url.search.slice(1),
    CONTENT_TYPE: req.headers['content-type'] ?? '',
    REMOTE_USER: 'ringway-test',
    REMOTE_ADDR: '127.0.0.1',
    GIT_CONFIG_NOSYSTEM: '1',
    HOME: root,
  };
  if (req.headers['content-length']) env.CONTENT_LENGTH = req.headers['content-length'];
  if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = req.headers['content-encoding'];
  if (req.headers['git-protocol']) env.GIT_PROTOCOL = req.headers['git-protocol'];
  if (fault && req.method === 'POST' && url.pathname.endsWith('/git-receive-pack')) {
    appendFileSync(log, JSON.stringify({ ...entry, status: 0, fault }) + '\n');
    // Its own process group: `git` runs git-http-backend as a child, and both must die.
    return void dieDuringPush(req, spawn('git', ['http-backend'], { env, detached: true }));
  }
  const cgi = spawn('git', ['http-backend'], { env });
  req.pipe(cgi.stdin);
  let head = Buffer.alloc(0);
  let headersDone = false;
  let status = 200;
  cgi.stdout.on('data', (chunk) => {
    if (headersDone) return void res.write(chunk);
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end < 0) return;
    headersDone = true;
    const headers = {};
    for (const line of head.subarray(0, end).toString('utf8').split('\r\n')) {
      const i = line.indexOf(':');
      const k = line.slice(0, i).trim();
      const v = line.slice(i + 1).trim();
      if (/^status$/i.test(k)) status = Number(v.split(' ')[0]);
      else headers[k] = v;
    }
    res.writeHead(status, headers);
    res.write(head.subarray(end + 4));
  });
  cgi.stderr.on('data', () => undefined);
  cgi.on('close', () => {
    appendFileSync(log, JSON.stringify({ ...entry, status }) + '\n');
    if (!headersDone) res.writeHead(500);
    res.end();
  });
});

/** The fault: the whole request is read first, so what receive-pack gets is exactly decided here. */
function dieDuringPush(req, cgi) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const die = () => {
      try {
        process.kill(-cgi.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      process.kill(process.pid, 'SIGKILL');
    };
    cgi.stdout.on('data', () => undefined);
    cgi.stderr.on('data', () => undefined);
    cgi.stdin.on('error', () => undefined);
    if (fault === 'kill-mid-push') {
      cgi.stdin.write(body.subarray(0, Math.floor(body.length / 2)));
      setTimeout(die, 200);
    } else {
      cgi.on('close', die);
      cgi.stdin.end(body);
    }
  });
}

server.listen(Number(process.env.GIT_SERVER_PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
