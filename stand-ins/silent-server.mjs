// A server that accepts TCP connections and never answers: what a hung git server, forge or
// table service looks like to a client. Prints "listening <port>"; stopped by PID.
import { createServer } from 'node:net';

const sockets = new Set();
const server = createServer((s) => {
  sockets.add(s);
  s.on('error', () => undefined);
  s.on('close', () => sockets.delete(s));
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => {
  for (const s of sockets) s.destroy();
  server.close(() => process.exit(0));
});
