#!/usr/bin/env node
// Stands in for the VS Code executable @vscode/test-electron would download: takes the same
// --extensionDevelopmentPath / --extensionTestsPath / folder arguments, runs the suite inside the real
// VS Code workbench served by code-server (extension host on Node), and exits with the suite's code.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ensureTools } from '../e2e/tools.mjs';
import { startEditor } from '../e2e/codeserver.mjs';

const args = process.argv.slice(2);
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const devPath = value('extensionDevelopmentPath');
const testsPath = value('extensionTestsPath');
const folder = args.find((a) => !a.startsWith('-') && fs.existsSync(a));
if (!devPath || !testsPath || !folder) {
  console.error(`code-server-host: need --extensionDevelopmentPath=, --extensionTestsPath= and a folder; got ${args.join(' ')}`);
  process.exit(2);
}

ensureTools();
const editor = await startEditor({ workspace: folder, extraArgs: ['--vscode-option', 'enable-smoke-test-driver'] });
let code = 1;
try {
  const page = await editor.context.newPage();
  const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (c) => resolve(c)));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const line = format(...(Array.isArray(logArgs) ? logArgs : [logArgs]));
    (type === 'error' ? process.stderr : process.stdout).write(line + '\n');
  });
  const remote = (p) => `vscode-remote://127.0.0.1:${editor.port}${path.resolve(p)}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]]);
  await page.goto(editor.url(`folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(payload)}`));
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10 * 60 * 1000));
  const result = await Promise.race([exited, timeout]);
  if (result === 'timeout') console.error('code-server-host: the suite did not finish in 10 minutes');
  else code = Number(result);
} catch (e) {
  console.error(`code-server-host: ${e.stack ?? e}\n${editor.log().slice(-4000)}`);
} finally {
  await editor.stop();
}
process.exit(code);
