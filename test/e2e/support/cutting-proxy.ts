import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

export interface CuttingProxyOptions {
  /** The dev host's port on loopback. */
  targetPort: number;
  /**
   * Bytes the server sends (over all connections) before each cut: the first cut comes after
   * cutAfter[0] bytes, the next cutAfter[1] bytes later, and so on. When the list is used up
   * the proxy passes everything through, so the number of cuts is exact.
   */
  cutAfter: readonly number[];
  /** After the last cut the network stays down: every open and new connection is dropped. */
  downAfterLastCut?: boolean;
}

export interface Cut {
  /** Bytes of the chunk that crossed the threshold and never reached the client (> 0). */
  heldBack: number;
  /** Bytes this connection had carried to the client before the cut. */
  connectionBytes: number;
  how: 'reset' | 'close';
}

export interface CuttingProxy {
  /** http://127.0.0.1:<port> */
  url: string;
  readonly cuts: readonly Cut[];
  /** Connections refused while the network was down. */
  readonly refused: number;
  /** Server-to-client bytes that went through. */
  readonly bytes: number;
  close(): Promise<void>;
}

/**
 * A TCP proxy on loopback that breaks the connection the way a flaky network does: after a
 * given number of response bytes it forwards only part of the chunk at hand and destroys both
 * sockets, so the client sees a response that stops mid-body. Cuts alternate between a TCP
 * reset and a plain close (the two ways a dropped connection shows up in undici).
 */
export async function startCuttingProxy(options: CuttingProxyOptions): Promise<CuttingProxy> {
  const cuts: Cut[] = [];
  const open = new Set<Socket>();
  let bytes = 0;
  let refused = 0;
  let down = false;
  let untilCut = options.cutAfter[0] ?? Number.POSITIVE_INFINITY;

  const server: Server = createServer((client) => {
    if (down) {
      refused++;
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(options.targetPort, '127.0.0.1');
    open.add(client);
    open.add(upstream);
    let connectionBytes = 0;
    let wasCut = false;
    const forget = (): void => {
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => {
      forget();
      upstream.destroy();
    });
    // A server that closes a kept-alive connection: pass the close on after the last byte.
    upstream.on('end', () => client.end());
    client.pipe(upstream);

    upstream.on('data', (chunk: Buffer) => {
      if (wasCut) return;
      if (chunk.length <= untilCut) {
        untilCut -= chunk.length;
        bytes += chunk.length;
        connectionBytes += chunk.length;
        if (!client.write(chunk)) upstream.pause();
        return;
      }
      // The threshold falls inside this chunk: the client gets the bytes before it, not the rest.
      wasCut = true;
      const passed = untilCut;
      if (passed > 0) client.write(chunk.subarray(0, passed));
      bytes += passed;
      const how = cuts.length % 2 === 0 ? 'reset' : 'close';
      cuts.push({ heldBack: chunk.length - passed, connectionBytes: connectionBytes + passed, how });
      untilCut = options.cutAfter[cuts.length] ?? Number.POSITIVE_INFINITY;
      forget();
      upstream.destroy();
      if (how === 'reset') client.resetAndDestroy();
      else client.end(() => client.destroy());
      if (options.downAfterLastCut && cuts.length === options.cutAfter.length) {
        down = true;
        for (const socket of open) socket.resetAndDestroy();
        open.clear();
      }
    });
    client.on('drain', () => upstream.resume());
  });

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    cuts,
    get refused() {
      return refused;
    },
    get bytes() {
      return bytes;
    },
    close: () =>
      new Promise<void>((closed) => {
        for (const socket of open) socket.destroy();
        server.close(() => closed());
      }),
  };
}
