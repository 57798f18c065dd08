import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

type StandInServer = HttpServer | HttpsServer;

/**
 * Starts a stand-in's server on 127.0.0.1 (a free port unless one is given) and returns its
 * origin, e.g. `http://127.0.0.1:41234`: the one place the local stand-ins of Teams, Entra, Graph,
 * the Power Platform and OpenAI listen, so none binds beyond loopback.
 */
export async function listenOnLoopback(server: StandInServer, { port = 0, tls = false } = {}): Promise<string> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * Stops a stand-in's server, dropping kept-alive connections first so close() does not wait for
 * clients that never hang up; a server that was never started is nothing to stop.
 */
export async function stopServer(server: StandInServer | undefined): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
