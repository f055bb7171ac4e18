// A self-signed certificate for 127.0.0.1/localhost, made at test time with Debian's openssl so
// no private key is ever committed. Usage: npx tsx test/collector/make-cert.ts <dir>
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface TestCert {
  certPath: string;
  keyPath: string;
  cert: string;
  key: string;
}

/** Makes cert.pem + key.pem in `dir`, or reuses them when both are already there. */
export function makeTestCert(dir: string): TestCert {
  mkdirSync(dir, { recursive: true });
  const certPath = resolve(dir, 'cert.pem');
  const keyPath = resolve(dir, 'key.pem');
  if (!existsSync(certPath) || !existsSync(keyPath)) {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
        '-keyout', keyPath, '-out', certPath, '-days', '30', '-subj', '/CN=localhost',
        '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1',
        // The certificate is its own trust anchor for clients and also serves TLS.
        '-addext', 'basicConstraints=critical,CA:TRUE',
        '-addext', 'keyUsage=critical,digitalSignature,keyCertSign',
        '-addext', 'extendedKeyUsage=serverAuth',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    chmodSync(keyPath, 0o600);
  }
  return { certPath, keyPath, cert: readFileSync(certPath, 'utf8'), key: readFileSync(keyPath, 'utf8') };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? join('target', 'collector-tls');
  const made = makeTestCert(dir);
  process.stdout.write(`cert ${made.certPath}\nkey ${made.keyPath}\n`);
}
