// The packaged extension in the real VS Code workbench (code-server + Chromium): Problems panel rows,
// a conflict hover, the boilerplate fix-all written to disk, and screenshots for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEditor } from './codeserver.mjs';
import { ROOT } from './tools.mjs';

const VSIX = path.join(ROOT, 'copydesk.vsix');
const SHOTS = path.join(ROOT, 'test/e2e/screenshots');
let editor, page, ws;

before(async () => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-ws-'));
  for (const f of fs.readdirSync(path.join(ROOT, 'test/fixtures/story'))) fs.copyFileSync(path.join(ROOT, 'test/fixtures/story', f), path.join(ws, f));
  editor = await startEditor({ vsix: VSIX, workspace: ws });
  page = await editor.context.newPage();
  await page.goto(editor.url(`folder=${encodeURIComponent(ws)}`));
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await editor?.stop();
  if (ws) fs.rmSync(ws, { recursive: true, force: true });
});

async function openFile(name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30000 });
  await row.click();
  await page.waitForSelector(`.monaco-editor .view-lines`, { timeout: 30000 });
}

async function problemRows() {
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
}

async function waitForRows(pred, ms = 30000) {
  const t0 = Date.now();
  let rows = [];
  while (Date.now() - t0 < ms) {
    rows = await problemRows();
    if (pred(rows)) return rows;
    await page.waitForTimeout(250);
  }
  throw new Error(`Problems panel never matched; rows were:\n${rows.join('\n')}\n\ncode-server log:\n${editor.log().slice(-3000)}`);
}

test('the extension activates and the Problems panel lists all three checks for the draft', async () => {
  await openFile('draft.txt');
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Shift+M');
  const rows = await waitForRows((r) => r.some((x) => x.includes('Tuesday here')) && r.some((x) => x.includes('Page boilerplate')) && r.some((x) => x.includes('Quote has no speaker')));
  assert.ok(rows.some((x) => /Tuesday here; Thursday in 2 other files/.test(x)));
  assert.ok(rows.some((x) => /Quote differs from/.test(x)));
  await page.waitForSelector('.monaco-editor .squiggly-warning', { timeout: 10000 });
  await page.screenshot({ path: path.join(SHOTS, 'problems.png') });
});

test('hovering the conflicting weekday shows the sources side by side', async () => {
  const word = page.locator('.monaco-editor .view-line span', { hasText: 'Tuesday' }).first();
  await word.waitFor({ timeout: 10000 });
  const box = await word.boundingBox();
  // The span may hold more than the word: aim at the word inside it.
  const text = await word.textContent();
  const at = text.indexOf('Tuesday');
  const x = box.x + (box.width * (at + 3)) / Math.max(text.length, 1);
  await page.mouse.move(x, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await hover.waitFor({ timeout: 15000 });
  await page.waitForTimeout(300);
  const content = await hover.innerText();
  assert.match(content, /Tuesday here; Thursday in 2 other files/);
  assert.match(content, /wire\.txt line 1/);
  await page.screenshot({ path: path.join(SHOTS, 'conflict-hover.png') });
  await page.mouse.move(5, 5);
});

test('fix-all removes the boilerplate and the file on disk changes', async () => {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('F1');
  await page.keyboard.type('Fix All');
  await page.waitForTimeout(500);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Control+S');
  const file = path.join(ws, 'draft.txt');
  const t0 = Date.now();
  while (fs.readFileSync(file, 'utf8').includes('Advertisement') && Date.now() - t0 < 15000) await page.waitForTimeout(250);
  const text = fs.readFileSync(file, 'utf8');
  assert.ok(!text.includes('Advertisement') && !text.includes('Read More'), text);
  assert.ok(text.includes('Mayor Helen Okafor said the vote was overdue.'), 'article text kept');
  await waitForRows((r) => !r.some((x) => x.includes('Page boilerplate')));
});
