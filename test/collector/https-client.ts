// A tiny HTTPS client for tests: Node 20's fetch cannot take a CA, node:https can.
import { request } from 'node:https';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export function post(url: string, body: string | Buffer, ca: string, contentType = 'application/json'): Promise<Answer> {
  return send('POST', url, ca, body, contentType);
}

export function get(url: string, ca: string): Promise<Answer> {
  return send('GET', url, ca);
}

function send(method: string, url: string, ca: string, body?: string | Buffer, contentType?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (contentType !== undefined) headers['content-type'] = contentType;
    // A fresh connection per request, so a test that kills one socket cannot affect the next.
    const req = request(url, { method, ca, headers, agent: false, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}
