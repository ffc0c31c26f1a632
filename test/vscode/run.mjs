// npm run test:vscode: the integration suite (test/vscode/suite) in VS Code through @vscode/test-electron.
// With internet, test-electron downloads VS Code. Where VS Code cannot be downloaded, set
// COPYDESK_VSCODE_EXECUTABLE=test/vscode/code-server-host.mjs: that script takes the same arguments and
// runs the suite in the real VS Code workbench served by code-server (see ../shared/docs/REAL-VSCODE.md).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vscode-ws-'));
for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/story'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/story', f), path.join(ws, f));
const executable = process.env.COPYDESK_VSCODE_EXECUTABLE ? path.resolve(ROOT, process.env.COPYDESK_VSCODE_EXECUTABLE) : undefined;
try {
  await runTests({
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'test/vscode/index.js'),
    launchArgs: [ws, '--disable-extensions'],
    ...(executable ? { vscodeExecutablePath: executable } : {}),
  });
} catch (e) {
  console.error(`Integration tests failed: ${e.message ?? e}`);
  process.exitCode = 1;
} finally {
  fs.rmSync(ws, { recursive: true, force: true });
}
