// A registry token service (the Docker/distribution "token authentication" contract) for tests:
// run as a child process next to docker-registry configured with `auth: token`. It checks Basic
// credentials and answers with an RS256 JWT whose x5c header carries the certificate the registry
// trusts (its rootcertbundle); the registry itself verifies the token and its `access` claims.
// Usage: node registry-token-service.mjs <key.pem> <cert.pem> <issuer> <user> <password> <request-log>
import { createPrivateKey, randomUUID, sign, X509Certificate } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [keyFile, certFile, issuer, user, password, requestLog] = process.argv.slice(2);
const key = createPrivateKey(readFileSync(keyFile));
const certDer = new X509Certificate(readFileSync(certFile)).raw.toString('base64');
const b64url = (v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const scopes = url.searchParams.getAll('scope');
  appendFileSync(requestLog, `${JSON.stringify({ service: url.searchParams.get('service'), scopes })}\n`);
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString() : '';
  if (url.pathname !== '/token' || given !== `${user}:${password}`) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ details: 'bad credentials' }));
    return;
  }
  // repository:<name>:<actions> → the access claim the registry checks; everything asked is granted.
  const access = scopes.map((s) => {
    const [type, ...rest] = s.split(':');
    const actions = rest.pop() ?? '';
    return { type, name: rest.join(':'), actions: actions.split(',').filter(Boolean) };
  });
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: issuer,
    sub: user,
    aud: url.searchParams.get('service'),
    exp: now + 300,
    nbf: now - 10,
    iat: now,
    jti: randomUUID(),
    access,
  };
  const signingInput = `${b64url({ typ: 'JWT', alg: 'RS256', x5c: [certDer] })}.${b64url(claims)}`;
  const token = `${signingInput}.${sign('RSA-SHA256', Buffer.from(signingInput), key).toString('base64url')}`;
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() }));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
