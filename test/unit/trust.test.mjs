// Workspace trust is declared honestly: the extension and server read text and JSON data only, and
// nothing in them can execute code from the workspace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

test('the manifest declares untrusted-workspace support, and no telemetry or network permission', () => {
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, true);
  assert.ok(!JSON.stringify(pkg).match(/telemetry/i), 'no telemetry settings or dependencies');
  const deps = Object.keys(pkg.dependencies);
  assert.deepEqual(deps.sort(), ['vscode-languageclient', 'vscode-languageserver', 'vscode-languageserver-textdocument']);
});

test('extension and server source: no eval, no Function constructor, no dynamic import or require, no child processes', () => {
  // The CLI alone runs `git` (for --changed-since), with fixed arguments and no shell.
  const sources = [...files(path.join(ROOT, 'client/src')), ...files(path.join(ROOT, 'server/src'))].filter((f) => !f.includes(`${path.sep}cli${path.sep}`));
  const bad = [];
  for (const f of sources) {
    const text = fs.readFileSync(f, 'utf8');
    for (const [name, re] of [['eval', /\beval\s*\(/], ['Function constructor', /new\s+Function\s*\(/], ['dynamic import', /\bimport\s*\(/], ['require', /\brequire\s*\(/], ['child_process', /child_process/], ['vm module', /from 'vm'|require\('vm'\)/]]) {
      if (re.test(text)) bad.push(`${path.relative(ROOT, f)}: ${name}`);
    }
  }
  assert.deepEqual(bad, []);
  const cli = fs.readFileSync(path.join(ROOT, 'server/src/cli/main.ts'), 'utf8');
  assert.ok(!/shell:\s*true/.test(cli) && !/\bexec\(/.test(cli), 'git runs without a shell');
});

test('.copydesk.json is parsed as JSON data, never loaded as code', () => {
  const config = fs.readFileSync(path.join(ROOT, 'server/src/config/config.ts'), 'utf8');
  assert.match(config, /JSON\.parse\(/);
  assert.doesNotMatch(config, /require\(|import\(/);
});

test('the .vsix is an allow-list (bundles, rule pages, grammar, schema, docs; no node_modules) and the README lists every setting', () => {
  const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  assert.equal(ignore[0], '**', 'everything is excluded unless listed');
  const shipped = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  for (const f of ['package.json', 'README.md', 'CHANGELOG.md', 'dist/client.js', 'dist/server.js', 'dist/index-worker.js', 'docs/rules/**', 'syntaxes/**']) assert.ok(shipped.includes(f), `${f} ships`);
  assert.ok(!shipped.some((f) => f.includes('node_modules')), 'no node_modules: the client and server are bundled');
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `README lists ${key}`);
});
