// Bundles the client, server, CLI and the analysis library (for tests) with esbuild.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
// `supported`: esbuild would rewrite each `\p{…}` regex literal as `new RegExp("…")` at its site
// (built again on every call); Node 20 has them, and keeping literals makes analysis 2–3% faster.
const common = { define: { COPYDESK_VERSION: JSON.stringify(pkg.version) }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: !process.env.COPYDESK_NO_MINIFY, logLevel: 'warning', supported: { 'regexp-unicode-property-escapes': true } };
await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  build({ ...common, entryPoints: ['server/src/workspace/index-worker.ts'], outfile: 'dist/index-worker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' }),
  build({ ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/lib.ts'], outfile: 'dist/lib.js' }),
  build({ ...common, entryPoints: ['server/src/config/glob.ts'], outfile: 'dist/glob.js' }),
]);

// V8's cache of the CLI program's compiled code (server/src/cli/launch.ts), written as a run ends:
// one run over the fixtures that writes a --cache, then one that reads it back (the second run's
// cache holds what the first compiled too, read from it, and adds what reading a --cache compiles).
fs.rmSync('dist/cli-main.code-cache', { force: true });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-build-'));
try {
  for (let run = 0; run < 2; run++) {
    const r = spawnSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', '--fail-on', 'never', '--cache-location', path.join(scratch, 'cache'), 'test/fixtures/story'], { env: { ...process.env, COPYDESK_CODE_CACHE: 'write' }, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the CLI run that makes its code cache failed (${r.status ?? r.signal}): ${r.stderr}`);
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
