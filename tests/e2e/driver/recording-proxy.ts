import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Where Firefox is told to send everything the tests do not serve themselves: a proxy on 127.0.0.1 that
 * records each request (a plain URL, or `host:port` for HTTPS) and answers none of them. Nothing reaches
 * the network, and the "no network" journey can see what was attempted, from any page or the background.
 */
export interface RecordingProxy {
  port: number;
  seen: string[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
