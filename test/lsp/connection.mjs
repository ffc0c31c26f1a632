// A JSON-RPC connection to a server process's stdio, as the tests and the bench speak to it.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');

/**
 * A connection over `proc`'s stdout and stdin, with the reader's partial-message timer off: a
 * server killed in the middle of a message leaves the reader re-arming a 10-second timer for ever,
 * which kept a test file's process alive after its tests had passed, until the file timed out.
 */
export function stdioConnection(proc) {
  const reader = new rpc.StreamMessageReader(proc.stdout);
  reader.partialMessageTimeout = 0;
  return rpc.createMessageConnection(reader, new rpc.StreamMessageWriter(proc.stdin));
}
