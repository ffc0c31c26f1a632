// The real language server over stdio on a workspace folder, as an editor starts it.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { stdioConnection } from './connection.mjs';

const SERVER = path.resolve(import.meta.dirname, '../../dist/server.js');

/**
 * Starts the server on `dir` (node flags before its script) and resolves once its first index is
 * done. `storagePath`: the editor's storage folder for the workspace, as the extension passes it.
 * `logs()` gives the messages the server logged so far; `indexSeconds` the time from `initialized`
 * to the first index's refresh.
 */
export async function indexedServer(dir, nodeFlags = [], { storagePath } = {}) {
  let stderr = '';
  const proc = spawn(process.execPath, [...nodeFlags, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  proc.stderr.on('data', (d) => (stderr += d));
  const conn = stdioConnection(proc);
  let refreshed;
  // A server that exits before its first index fails the test with its stderr, instead of leaving it waiting.
  const indexed = new Promise((resolve, reject) => {
    refreshed = resolve;
    proc.once('exit', (code, signal) => reject(new Error(`server exited (${code ?? signal}) before indexing: ${stderr.slice(-2000)}`)));
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => (refreshed(), null));
  const logs = [];
  conn.onNotification('window/logMessage', (p) => logs.push(p.message));
  conn.onNotification(() => undefined);
  conn.listen();
  const stop = () => {
    conn.dispose();
    proc.kill();
  };
  let indexSeconds = 0;
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }], initializationOptions: storagePath ? { storagePath } : undefined, capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, window: { workDoneProgress: true } } });
    const t0 = performance.now();
    conn.sendNotification('initialized', {});
    await indexed;
    indexSeconds = (performance.now() - t0) / 1000;
  } catch (e) {
    stop();
    throw e;
  }
  return { conn, stderr: () => stderr, logs: () => logs, stop, pid: proc.pid, indexSeconds };
}
