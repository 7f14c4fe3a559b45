// An HTTP proxy in front of a real server (the docker-registry in tests) that answers chosen
// requests with an error: what a registry having a bad minute looks like to a client.
// Usage: node fault-proxy.mjs <upstream host:port> ; prints "listening <port>"; stopped by PID.
// Control (not forwarded): PUT /__faults with a JSON list of rules
//   { method, path (a regular expression), status, after (forward first, then answer the error:
//     the upstream did the work but the client hears a failure), skip (matches let through
//     first), times (how many matches fail), hang (never answer: a server that hangs; with
//     after, it hangs once the upstream did the work), retryAfter (seconds, sent as Retry-After) }
// and GET /__log for the requests seen, as "METHOD path -> status" lines.
import { createServer, request } from 'node:http';

const [upHost, upPort] = process.argv[2].split(':');
let rules = [];
const seen = [];

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

function fail(res, status, retryAfter) {
  const body = JSON.stringify({ errors: [{ code: 'UNKNOWN', message: 'injected fault' }] });
  res.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    ...(retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) }),
  });
  res.end(body);
}

const server = createServer(async (req, res) => {
  const path = req.url ?? '/';
  if (path === '/__faults' && req.method === 'PUT') {
    rules = JSON.parse((await readBody(req)).toString('utf8')).map((r) => ({
      times: 1,
      skip: 0,
      after: false,
      ...r,
      re: new RegExp(r.path),
    }));
    res.writeHead(204);
    return void res.end();
  }
  if (path === '/__log') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    return void res.end(seen.join('\n'));
  }
  const body = await readBody(req);
  let rule = rules.find((r) => r.times > 0 && r.method === req.method && r.re.test(path));
  if (rule?.skip) {
    rule.skip--;
    rule = undefined;
  } else if (rule) rule.times--;
  if (rule?.hang && !rule.after) {
    seen.push(`${req.method} ${path} -> no answer (injected)`);
    return;
  }
  if (rule && !rule.after) {
    seen.push(`${req.method} ${path} -> ${rule.status} (injected)`);
    return void fail(res, rule.status, rule.retryAfter);
  }
  const up = request(
    { host: upHost, port: Number(upPort), method: req.method, path, headers: req.headers },
    (upRes) => {
      if (rule) {
        upRes.resume();
        upRes.on('end', () => {
          seen.push(
            `${req.method} ${path} -> ${rule.hang ? 'no answer' : rule.status} (injected after ${upRes.statusCode})`,
          );
          if (!rule.hang) fail(res, rule.status, rule.retryAfter);
        });
        return;
      }
      seen.push(`${req.method} ${path} -> ${upRes.statusCode}`);
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    },
  );
  up.on('error', () => fail(res, 502));
  up.end(body);
});

server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
