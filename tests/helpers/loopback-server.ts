import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { Server as HttpsServer } from 'node:https';
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

/** Something a stand-in starts with itself and stops before itself (its Entra ID, for instance). */
export interface Companion {
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

/**
 * The one way the stand-ins run: a server on loopback that hands every request to `handle`, the
 * stand-ins it needs beside it, and a start and a stop that are safe to call in any order (stop
 * before start, or twice, does nothing).
 */
export abstract class LoopbackStandIn {
  /** What the app is given: the origin, plus whatever path {@link addressAt} adds. */
  url = '';
  protected server: StandInServer | undefined;

  protected abstract handle(req: IncomingMessage, res: ServerResponse): Promise<void>;

  /** The URL the app is given, from the origin the server listens at. */
  protected addressAt(origin: string): string {
    return origin;
  }

  /** Plain HTTP; a stand-in that needs TLS or other server settings makes its own. */
  protected newServer(): StandInServer {
    return createServer((req, res) => void this.handle(req, res).catch((error: unknown) => this.failed(error, res)));
  }

  /** A request `handle` threw on: the connection is dropped, as a broken service would. */
  protected failed(_error: unknown, res: ServerResponse): void {
    res.destroy();
  }

  /** Stand-ins that run beside this one: started after it listens, stopped before it closes. */
  protected companions(): readonly Companion[] {
    return [];
  }

  async start(port = 0): Promise<this> {
    this.server = this.newServer();
    this.url = this.addressAt(await listenOnLoopback(this.server, { port, tls: this.server instanceof HttpsServer }));
    for (const companion of this.companions()) await companion.start();
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    for (const companion of this.companions()) await companion.stop();
    await stopServer(this.server);
    this.server = undefined;
  }
}
