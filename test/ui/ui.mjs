// UI test: what a user sees in code-server with the extension loaded (no test runner inside VS Code).
// Opens a seed through Quick Open, checks the status bar language and the quotation colour, opens the
// Diplomatic Annotator side bar, and saves screenshots to test-results/. Run alone: `node test/ui/ui.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium, startCodeServer, workbenchUrl } from '../../scripts/code-server.mjs';

const SEED = '000_e9822723eeb1ed02.txt';
const QUOTE_TEXT = 'We have been developing';
const PLAIN_TEXT = 'Agreement regarding equal';
const LANGUAGE_NAME = 'Diplomatic Text';
const CONTAINER_TITLE = 'Diplomatic Annotator';
let checksRun = 0;

/** Runs one check and reports it; a failed check is recorded and the next one still runs. */
async function check(failures, name, fn) {
  checksRun++;
  try {
    const detail = await fn();
    console.log(`  ✔ ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failures.push(name);
    console.log(`  ✘ ${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

async function openSeed(page) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(SEED);
  // Quick Open searches files with ripgrep: wait for the row before Enter, or Enter opens nothing.
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: SEED })
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: 'Sergei Lavrov' }).first().waitFor({ timeout: 15_000 });
}

async function statusBarLanguage(page) {
  const item = page.locator('[id="status.editor.mode"]');
  await item.waitFor({ state: 'visible', timeout: 15_000 });
  // Language contributions may apply a moment after the editor opens: poll the text.
  const deadline = Date.now() + 15_000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await item.innerText()).trim();
    if (text === LANGUAGE_NAME) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`status bar language is "${text}", expected "${LANGUAGE_NAME}"`);
}

/** Colours of the token span holding `QUOTE_TEXT`, of a narrative span, and of the default foreground. */
async function tokenColours(page) {
  const find = (needle) =>
    page.waitForFunction(
      (text) => {
        const spans = [...document.querySelectorAll('.monaco-editor .view-lines .view-line span span')];
        const span = spans.find((s) => (s.textContent ?? '').replace(/\u00a0/g, ' ').includes(text));
        return span ? getComputedStyle(span).color : undefined;
      },
      needle,
      { timeout: 15_000 },
    );
  // Tokenisation is asynchronous: wait until the quotation span has a colour other than the default.
  const defaultColour = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.className = 'mtk1';
    document.querySelector('.monaco-editor .view-lines')?.appendChild(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
  let quote = '';
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    quote = await (await find(QUOTE_TEXT)).jsonValue();
    if (quote !== defaultColour) break;
    await page.waitForTimeout(100);
  }
  const plain = await (await find(PLAIN_TEXT)).jsonValue();
  return { quote, plain, defaultColour };
}

async function showContainer(page) {
  const item = page.locator(`.activitybar .action-item a[aria-label*="${CONTAINER_TITLE}"]`).first();
  if (await item.isVisible().catch(() => false)) {
    await item.click();
  } else {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>View: Show ${CONTAINER_TITLE}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: `Show ${CONTAINER_TITLE}` }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }
  // With one view the side bar title reads "DIPLOMATIC ANNOTATOR: TOPICS"; with more, each has a pane header.
  const sidebar = page.locator('.part.sidebar');
  await sidebar.locator('.composite.title', { hasText: new RegExp(CONTAINER_TITLE, 'i') }).first().waitFor({ timeout: 15_000 });
  const deadline = Date.now() + 15_000;
  for (;;) {
    const title = (await sidebar.locator('.composite.title').first().innerText()).trim().replace(/\s+/g, ' ');
    const headers = await sidebar.locator('.pane-header').allInnerTexts();
    if (/topics/i.test(title) || headers.some((h) => /topics/i.test(h))) return title;
    if (Date.now() > deadline) throw new Error(`side bar shows "${title}" without a Topics view`);
    await page.waitForTimeout(100);
  }
}

/**
 * Starts its own code-server with the extension under development (no extensionTestsPath), drives it in
 * headless Chromium and returns 0 when every check passed, 1 otherwise.
 */
export async function runUiTest({ repoRoot, chromium, timeoutMs = 3 * 60_000 }) {
  const seeds = path.join(repoRoot, 'seeds');
  const resultsDir = path.join(repoRoot, 'test-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const base = path.join(repoRoot, '.vscode-test', 'code-server-ui');
  fs.rmSync(base, { recursive: true, force: true });
  const serverLog = fs.createWriteStream(path.join(resultsDir, 'code-server-ui.log'));
  const server = await startCodeServer({ workspace: seeds, baseDir: base, onOutput: (line) => serverLog.write(`${line}\n`) });
  let browser;
  const failures = [];
  const watchdog = setTimeout(() => {
    console.error(`UI test timed out after ${timeoutMs / 1000} s`);
    void browser?.close();
  }, timeoutMs);
  try {
    browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(workbenchUrl({ port: server.port, folder: seeds, extensionDevelopmentPath: repoRoot }));
    await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: 60_000 });

    await check(failures, `Quick Open opens ${SEED}`, () => openSeed(page));
    await check(failures, `status bar language reads "${LANGUAGE_NAME}"`, () => statusBarLanguage(page));
    await check(failures, 'quotation is coloured differently from plain text', async () => {
      const { quote, plain, defaultColour } = await tokenColours(page);
      const detail = `quote ${quote}, narrative ${plain}, default ${defaultColour}`;
      if (quote === defaultColour || quote === plain) throw new Error(detail);
      return detail;
    });
    await page.screenshot({ path: path.join(resultsDir, 'editor-seed.png') });

    await check(failures, `the "${CONTAINER_TITLE}" side bar opens with its Topics view`, () => showContainer(page));
    await page.mouse.move(700, 450); // away from the activity bar, so no hover tooltip covers the side bar
    await page.screenshot({ path: path.join(resultsDir, 'sidebar.png') });
    if (failures.length) await page.screenshot({ path: path.join(resultsDir, 'ui-failure.png') }).catch(() => undefined);
  } catch (error) {
    failures.push('UI run');
    console.error(`UI test could not run: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    await server.stop();
    serverLog.end();
  }
  console.log(`ui: ${Math.max(checksRun - failures.length, 0)} passed, ${failures.length} failed`);
  console.log('Screenshots: test-results/editor-seed.png, test-results/sidebar.png');
  return failures.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const { chromium } = await import('playwright-core');
  process.exitCode = await runUiTest({ repoRoot, chromium });
}
