// Runs the app on a real HTTP server (Node's http through @hono/node-server).
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { TallyError } from '../core/errors.js';
import { createApp } from './app.js';
import type { AppOptions } from './app.js';

export interface RunningServer {
  /** http://host:port/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Listens on host:port (port 0: an ephemeral port). */
export function startServer(
  opts: AppOptions & { readonly port: number; readonly host: string },
): Promise<RunningServer> {
  const app = createApp(opts);
  const server = createAdaptorServer({ fetch: app.fetch });
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new TallyError(
              'E_USAGE',
              `port ${opts.port} on ${opts.host} is in use: give another with --port (0 picks a free one)`,
            )
          : e.code === 'EACCES'
            ? new TallyError('E_USAGE', `no permission to listen on port ${opts.port}: use a port above 1023`)
            : e,
      );
    });
    server.listen(opts.port, opts.host, () => {
      const port = (server.address() as AddressInfo).port;
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${host}:${port}/`,
        port,
        close: () =>
          new Promise<void>((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
