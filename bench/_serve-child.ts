// A server for the serve benchmarks, in its own process: `wuerr` (the real app) or `bare` (node:http, constant JSON).
// Prints {"port": n} on its first line of output once it listens.
import { createServer } from 'node:http';
import { lookup } from '../src/core/lookup.js';
import { listen } from '../src/server/listen.js';

const role = process.argv[2];
if (role === 'wuerr') {
  const { url } = await listen({ host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ port: Number(new URL(url).port) }));
} else if (role === 'bare') {
  // The same bytes the app answers with, computed once: the least work any server can do for this request.
  const body = JSON.stringify(lookup('0x80cf4017'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }));
  });
} else {
  console.error('usage: _serve-child.ts wuerr|bare');
  process.exit(2);
}
