import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeServer } from '../../export/support/contract';

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * The contract server on a real loopback port, for the CLI and its real fetch. `delayMs` slows
 * every page so a test can interrupt an export in the middle.
 */
export async function serve(fake: FakeServer, options: { delayMs?: number } = {}): Promise<Served> {
  const server: Server = createServer((req, res) => {
    void answer(fake, req, res, options.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(fake: FakeServer, req: IncomingMessage, res: ServerResponse, delayMs: number): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
  const method = req.method ?? 'GET';
  const request = new Request(`http://${req.headers.host}${req.url}`, {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
  if (delayMs > 0 && req.url?.includes('/rows')) await new Promise((r) => setTimeout(r, delayMs));
  let response: Response;
  try {
    response = await fake.handle(request);
  } catch {
    req.socket.destroy(); // a fault asked for a dropped connection
    return;
  }
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
