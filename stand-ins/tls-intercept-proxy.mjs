// An HTTPS proxy that answers for named hosts itself, as a TLS-inspecting corporate proxy does:
// CONNECT to a mapped host (e.g. ghcr.io:443) is terminated with a certificate for that host
// signed by a test CA, and each request inside is forwarded over plain HTTP to the mapped local
// server (e.g. the local registry), keeping the Host the client asked for. CONNECT to any other
// host is refused (403): nothing leaves the machine.
//   node tls-intercept-proxy.mjs <key.pem> <cert.pem> <host>=<127.0.0.1:port> ...
// Prints "listening <port>". Each CONNECT is appended to stderr as "CONNECT <host> <verdict>".
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { TLSSocket } from 'node:tls';

const [keyFile, certFile, ...maps] = process.argv.slice(2);
const key = readFileSync(keyFile);
const cert = readFileSync(certFile);
const upstreams = new Map(maps.map((m) => m.split('=')).map(([h, u]) => [h, u]));

// Requests that arrived through an intercepted CONNECT: forwarded to the host's local server.
const inner = createServer((req, res) => {
  const [host, port] = upstreams.get(req.socket.interceptedHost).split(':');
  const headers = { ...req.headers, 'x-forwarded-proto': 'https' };
  const up = request({ host, port: Number(port), method: req.method, path: req.url, headers }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(up);
});

const server = createServer((req, res) => {
  res.writeHead(403, { 'content-type': 'text/plain' });
  res.end('only CONNECT to intercepted hosts\n');
});
server.on('connect', (req, socket) => {
  const host = (req.url ?? '').replace(/:443$/, '');
  if (!upstreams.has(host)) {
    process.stderr.write(`CONNECT ${req.url} refused\n`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    return;
  }
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  const tls = new TLSSocket(socket, { isServer: true, key, cert });
  tls.interceptedHost = host;
  tls.on('error', () => socket.destroy());
  inner.emit('connection', tls);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
