import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './git.js';
import { spawnListening, stopByPid } from './process.js';

const here = dirname(fileURLToPath(import.meta.url));

export interface InterceptProxy {
  /** http://127.0.0.1:<port>, for HTTPS_PROXY. */
  url: string;
  pid: number;
  /** PEM of the test CA that signed the intercepted hosts' certificates (NODE_EXTRA_CA_CERTS). */
  caFile: string;
  /** The system's CA bundle plus the test CA (SSL_CERT_FILE, read by Go programs such as buildah). */
  bundleFile: string;
  stop(): Promise<void>;
}

/**
 * Starts stand-ins/tls-intercept-proxy.mjs answering for `hosts` (name → 127.0.0.1:port) with
 * certificates from a CA made for this run. Stopped by PID.
 */
export async function startInterceptProxy(hosts: Record<string, string>): Promise<InterceptProxy> {
  const dir = tempDir('ringway-intercept-');
  const f = (n: string) => join(dir, n);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('ca.key'),
    '-out',
    f('ca.pem'),
    '-days',
    '2',
    '-subj',
    '/CN=ringway test interception CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  writeFileSync(
    f('san.ext'),
    `subjectAltName=${Object.keys(hosts)
      .map((h) => `DNS:${h}`)
      .join(',')}\nextendedKeyUsage=serverAuth\n`,
  );
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    f('host.key'),
    '-out',
    f('host.csr'),
    '-subj',
    `/CN=${Object.keys(hosts)[0]}`,
  );
  openssl(
    'x509',
    '-req',
    '-in',
    f('host.csr'),
    '-CA',
    f('ca.pem'),
    '-CAkey',
    f('ca.key'),
    '-CAcreateserial',
    '-out',
    f('host.pem'),
    '-days',
    '2',
    '-extfile',
    f('san.ext'),
  );
  writeFileSync(
    f('bundle.pem'),
    readFileSync('/etc/ssl/certs/ca-certificates.crt', 'utf8') + readFileSync(f('ca.pem'), 'utf8'),
  );
  const { child, port } = await spawnListening(process.execPath, [
    join(here, 'tls-intercept-proxy.mjs'),
    f('host.key'),
    f('host.pem'),
    ...Object.entries(hosts).map(([h, u]) => `${h}=${u}`),
  ]);
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid as number,
    caFile: f('ca.pem'),
    bundleFile: f('bundle.pem'),
    async stop() {
      await stopByPid(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
