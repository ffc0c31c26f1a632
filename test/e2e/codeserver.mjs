// Starts code-server (the real VS Code workbench) on 127.0.0.1 with the packaged extension installed,
// and Chromium driven by playwright-core. Everything started is stopped by PID, also on failure.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CACHE, CHROMIUM, CODE_SERVER, node24Env } from './tools.mjs';

const require = createRequire(path.join(CACHE, 'code-server/package.json'));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export async function startEditor({ vsix, workspace, extraArgs = [] }) {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-e2e-'));
  const dirs = Object.fromEntries(['ud', 'ext', 'xdg', 'profile'].map((d) => [d, path.join(base, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.ud, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(dirs.ud, 'User/settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'chat.disableAIFeatures': true, 'workbench.tips.enabled': false, 'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false }),
  );
  const env = { ...node24Env(), XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg };
  const common = ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext, '--config', path.join(dirs.xdg, 'config.yaml')];
  if (vsix) execFileSync(CODE_SERVER, [...common, '--install-extension', vsix], { env, stdio: 'ignore' });
  const port = await freePort();
  const cs = spawn(CODE_SERVER, [...common, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--reconnection-grace-time', '5', ...extraArgs, workspace], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let csLog = '';
  cs.stdout.on('data', (d) => (csLog += d));
  cs.stderr.on('data', (d) => (csLog += d));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30000, () => csLog);
  const { chromium } = require('playwright-core');
  const context = await chromium.launchPersistentContext(dirs.profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const stop = async () => {
    await context.close().catch(() => undefined);
    try {
      process.kill(-cs.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
    try {
      process.kill(-cs.pid, 'SIGKILL');
    } catch {}
    fs.rmSync(base, { recursive: true, force: true });
  };
  return { port, context, stop, log: () => csLog, url: (q) => `http://127.0.0.1:${port}/?${q}` };
}

async function waitForHttp(url, ms, log) {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not start in ${ms} ms:\n${log()}`);
}
