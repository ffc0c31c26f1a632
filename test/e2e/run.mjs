// npm run test:e2e: install tools when absent, package the .vsix, then run in the real VS Code
// workbench (code-server + Chromium): the UI tests (test/e2e/*.test.mjs, the packaged extension) and
// the integration suite (test/vscode, through @vscode/test-electron with code-server standing in for
// the VS Code download). Each step stops every process it started, also on failure.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureTools, ROOT } from './tools.mjs';

ensureTools();
execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
let failed = false;
const step = (name, cmd, args, env = process.env) => {
  try {
    execFileSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
  } catch {
    console.error(`[e2e] ${name} failed`);
    failed = true;
  }
};
step('UI tests', process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', path.join(ROOT, 'test/e2e/')]);
step('integration suite', process.execPath, [path.join(ROOT, 'test/vscode/run.mjs')], { ...process.env, COPYDESK_VSCODE_EXECUTABLE: 'test/vscode/code-server-host.mjs' });
process.exit(failed ? 1 : 0);
