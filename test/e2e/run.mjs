// npm run test:e2e: install tools when absent, package the .vsix, run the real-editor suites.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ensureTools, ROOT } from './tools.mjs';

ensureTools();
execFileSync('npm', ['run', 'package'], { cwd: ROOT, stdio: 'inherit' });
execFileSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', path.join(ROOT, 'test/e2e/')], { cwd: ROOT, stdio: 'inherit' });
