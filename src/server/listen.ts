// The few lines that put the app on a socket with Node, with timeouts that keep slow clients from tying it up.

import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import { createApp, type AppOptions } from './app.js';

/** Where and what to serve. */
export interface ListenOptions extends AppOptions {
  readonly host: string;
  readonly port: number;
}

/**
 * Starts the server.
 * @returns the server and the URL it answers on, once it listens
 */
export function listen(options: ListenOptions): Promise<{ server: ServerType; url: string }> {
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({ server, url: `http://${host}:${info.port}/` });
    });
    const http = server as Server;
    http.headersTimeout = 10_000; // the whole request head within 10 s
    http.requestTimeout = 30_000; // the whole request, body included, within 30 s
    http.keepAliveTimeout = 5_000;
    http.maxHeadersCount = 100;
    http.once('error', reject);
  });
}
