// `npm run test:integration`: runs out/test/integration in a real VS Code, then the UI test (test/ui/ui.mjs).
// With VSCODE_EXECUTABLE (or DA_USE_TEST_ELECTRON=1 on a machine that can download VS Code) the host is
// desktop VS Code via @vscode/test-electron; otherwise code-server 4.100.3 driven by headless Chromium.
// Expects `npm run build` (dist/extension.js) and `tsc -p .` (out/) to have run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CHROMIUM_ARGS,
  codeServerEntry,
  CODE_SERVER_VERSION,
  VSCODE_VERSION,
  ensureChromium,
  ensureCodeServer,
  freshSeedsWorkspace,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = freshSeedsWorkspace(repoRoot, 'suite');
const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
const resultsDir = path.join(repoRoot, 'test-results');
const resultsFile = path.join(resultsDir, 'integration.log');
const timeoutMs = Number(process.env.DA_INTEGRATION_TIMEOUT_MS || 5 * 60_000);

const timings = [];
async function phase(name, fn) {
  const started = Date.now();
  try {
    return await fn();
  } finally {
    timings.push([name, (Date.now() - started) / 1000]);
  }
}

function printTimings() {
  console.log('\nTimings:');
  for (const [name, seconds] of timings) console.log(`  ${name.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`);
}

function checkBuilt() {
  const missing = [
    [path.join(repoRoot, 'dist', 'extension.js'), 'npm run build'],
    [extensionTestsPath, 'npx tsc -p .'],
  ].filter(([file]) => !fs.existsSync(file));
  if (missing.length) {
    throw new Error(
      `Build the project first:\n${missing.map(([file, cmd]) => `  ${path.relative(repoRoot, file)} is missing: run ${cmd}`).join('\n')}`,
    );
  }
}

function printResults() {
  const text = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').trimEnd() : '';
  console.log(text ? `${text}\n` : `(the test run wrote nothing to ${path.relative(repoRoot, resultsFile)})\n`);
}

/** Desktop VS Code through @vscode/test-electron: the normal runner where VS Code can be had. */
async function runWithTestElectron() {
  console.log('Integration host: VS Code via @vscode/test-electron');
  const { runTests } = await import('@vscode/test-electron');
  const state = path.join(repoRoot, '.vscode-test', 'electron-run');
  fs.rmSync(state, { recursive: true, force: true });
  try {
    await phase('test suite (test-electron)', () =>
      runTests({
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE || undefined,
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath,
        launchArgs: [
          seeds,
          '--disable-extensions',
          '--disable-workspace-trust',
          '--skip-welcome',
          '--skip-release-notes',
          `--user-data-dir=${path.join(state, 'user-data')}`,
          `--extensions-dir=${path.join(state, 'extensions')}`,
        ],
        extensionTestsEnv: { DA_INTEGRATION_RESULTS: resultsFile },
      }),
    );
    printResults();
    return 0;
  } catch (error) {
    printResults();
    console.error(`Integration tests failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Loads the workbench with `extensionTestsPath` in the payload and waits for codeAutomationExit. */
async function runSuiteInCodeServer(chromium) {
  const base = path.join(repoRoot, '.vscode-test', 'code-server-suite');
  fs.rmSync(base, { recursive: true, force: true });
  const workspace = seeds;
  const serverLog = fs.createWriteStream(path.join(resultsDir, 'code-server-suite.log'));
  const server = await phase('code-server start (suite)', () =>
    startCodeServer({ workspace, baseDir: base, onOutput: (line) => serverLog.write(`${line}\n`) }),
  );
  const browserLogLines = [];
  let browser;
  try {
    browser = await chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    let reportExit;
    const exited = new Promise((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      browserLogLines.push(`[${type}] ${text}`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
    page.on('pageerror', (error) => browserLogLines.push(`[pageerror] ${error.message}`));

    const url = workbenchUrl({ port: server.port, folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath });
    const outcome = await phase('test suite (code-server)', async () => {
      await page.goto(url);
      let timer;
      const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, { timeout: true })));
      const serverDied = server.exited.then(({ code, signal }) => ({ serverDied: `code ${code}, signal ${signal}` }));
      const result = await Promise.race([exited.then((code) => ({ code })), timeout, serverDied]);
      clearTimeout(timer);
      return result;
    });
    fs.writeFileSync(path.join(resultsDir, 'integration-browser.log'), browserLogLines.join('\n') + '\n');
    printResults();
    if (outcome.timeout) {
      console.error(`Integration tests timed out after ${timeoutMs / 1000} s (DA_INTEGRATION_TIMEOUT_MS).`);
      await page.screenshot({ path: path.join(resultsDir, 'integration-timeout.png') }).catch(() => undefined);
      return 1;
    }
    if (outcome.serverDied) {
      console.error(`code-server exited during the test run (${outcome.serverDied}); see test-results/code-server-suite.log`);
      return 1;
    }
    console.log(`Test run exit code: ${outcome.code}`);
    if (outcome.code !== 0 && !fs.existsSync(resultsFile)) {
      console.error(`Workbench log (test-results/integration-browser.log):\n${browserLogLines.slice(-40).join('\n')}`);
    }
    return outcome.code === 0 ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
    serverLog.end();
  }
}

async function runWithCodeServer() {
  console.log(`Integration host: code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) in Chromium`);
  await phase('ensure code-server', () => ensureCodeServer());
  await phase('ensure chromium', () => ensureChromium());
  const { chromium } = await import('playwright-core');

  const suite = await runSuiteInCodeServer(chromium);
  // The UI test runs even after a failed suite: both reports together say more than either.
  console.log('UI test (test/ui/ui.mjs):');
  const { runUiTest } = await import('../test/ui/ui.mjs');
  const ui = await phase('UI test', () => runUiTest({ repoRoot, chromium }));
  let packaged = 0;
  if (process.env.DA_SKIP_VSIX !== '1') {
    // The UI test again against the packaged extension, installed with --install-extension as a user would:
    // the workbench runs no test suite without a development extension, but a user's eyes need none.
    console.log('\nUI test against the installed VSIX:');
    const vsix = await phase('package the VSIX', () => packageVsix());
    packaged = await phase('UI test (installed VSIX)', () => runUiTest({ repoRoot, chromium, install: (extensionsDir, userDataDir) => installVsix(vsix, extensionsDir, userDataDir) }));
  }
  return suite !== 0 || packaged !== 0 || ui !== 0 ? 1 : 0;
}

/** Builds the VSIX with @vscode/vsce (`npm run package`). */
function packageVsix() {
  const out = path.join(repoRoot, 'diplomatic-annotator.vsix');
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0 || !fs.existsSync(out)) throw new Error(`npm run package failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** `code-server --install-extension file.vsix` into the run's own extensions folder. */
function installVsix(vsix, extensionsDir, userDataDir) {
  const r = spawnSync(process.execPath, [codeServerEntry(), '--install-extension', vsix, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(userDataDir, 'xdg-config'), XDG_DATA_HOME: path.join(userDataDir, 'xdg-data'), XDG_CACHE_HOME: path.join(userDataDir, 'xdg-cache') },
  });
  if (r.status !== 0 || !/was successfully installed/.test(r.stdout + r.stderr)) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
  console.log(`  ${(r.stdout + r.stderr).trim().split('\n').pop()}`);
}

async function main() {
  const started = Date.now();
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  checkBuilt();
  const useElectron = Boolean(process.env.VSCODE_EXECUTABLE) || process.env.DA_USE_TEST_ELECTRON === '1';
  const code = useElectron ? await runWithTestElectron() : await runWithCodeServer();
  timings.push(['total', (Date.now() - started) / 1000]);
  printTimings();
  console.log(code === 0 ? '\nIntegration tests passed.' : '\nIntegration tests FAILED.');
  return code;
}

// Ctrl+C or a CI stop: code-server's process group is killed by its own 'exit' hook in code-server.mjs.
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    console.error('\nIntegration tests FAILED.');
    process.exit(1);
  },
);
