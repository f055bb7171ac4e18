// Starts the reference receiver over TLS:
//   npx tsx test/collector/main.ts --port 8443 --data target/collector [--cert c.pem --key k.pem]
// Prints `listening https://HOST:PORT` on stdout once it accepts connections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isRecord } from './codec.js';
import { makeTestCert } from './make-cert.js';
import { createReceiver, INGEST_PATH } from './receiver.js';

const VECTORS = fileURLToPath(new URL('../fixtures/analytics/vectors.json', import.meta.url));

function testKey(): string {
  const vectors: unknown = JSON.parse(readFileSync(VECTORS, 'utf8'));
  if (!isRecord(vectors) || typeof vectors['keyUtf8'] !== 'string') throw new Error(`no keyUtf8 in ${VECTORS}`);
  return vectors['keyUtf8'];
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8443' },
    host: { type: 'string', default: '127.0.0.1' },
    cert: { type: 'string' },
    key: { type: 'string' },
    data: { type: 'string', default: join('target', 'collector') },
    'key-utf8': { type: 'string' },
    log: { type: 'boolean', default: false },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${values.port}`);
if ((values.cert === undefined) !== (values.key === undefined)) throw new Error('give both --cert and --key, or neither');

// Without --cert/--key, a test certificate is made (or reused) under the data dir, so the
// dev host can be pointed at a stable CA file across restarts.
const tls =
  values.cert !== undefined && values.key !== undefined
    ? { certPath: values.cert, cert: readFileSync(values.cert), key: readFileSync(values.key) }
    : makeTestCert(join(values.data, 'tls'));

const app = createReceiver({
  key: Buffer.from(values['key-utf8'] ?? testKey(), 'utf8'),
  dataDir: values.data,
  tls: { cert: tls.cert, key: tls.key },
  log: values.log,
});

await app.listen({ port, host: values.host });
const address = app.server.address();
const actualPort = typeof address === 'object' && address !== null ? address.port : port;
const shownHost = values.host.includes(':') ? `[${values.host}]` : values.host;
process.stdout.write(`listening https://${shownHost}:${actualPort}\n`);
process.stderr.write(`ingest https://${shownHost}:${actualPort}${INGEST_PATH}, CA ${tls.certPath}, data ${values.data}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
