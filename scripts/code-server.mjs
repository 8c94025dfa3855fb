// Installs, starts and stops code-server 4.100.3 (VS Code 1.100.3), the real VS Code that runs on these
// machines without Microsoft's download server. See shared TESTING.md for why each flag is here.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const VSCODE_VERSION = '1.100.3';
export const CHROMIUM_PATH = '/usr/bin/chromium';

// @vscode/ripgrep 1.15.11 (inside code-server) downloads rg from GitHub unless its cache already holds it.
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';
const MARKER = '.diplomatic-annotator-install-complete';

function log(message) {
  console.log(`[code-server] ${message}`);
}

/** `${DIPLOMATIC_ANNOTATOR_CACHE || XDG_CACHE_HOME || ~/.cache}/diplomatic-annotator`. */
export function cacheRoot() {
  const base =
    process.env.DIPLOMATIC_ANNOTATOR_CACHE || process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'diplomatic-annotator');
}

export function codeServerDir() {
  return path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}`);
}

function entryPoint(dir = codeServerDir()) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** The installed code-server's `out/node/entry.js`, to run it with `node`. */
export function codeServerEntry() {
  return entryPoint();
}

function isInstalled(dir = codeServerDir()) {
  try {
    const marker = JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
    return marker.version === CODE_SERVER_VERSION && fs.existsSync(entryPoint(dir));
  } catch {
    return false;
  }
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Installs Debian packages as root, or explains what to install and throws. */
function aptInstall(packages, why) {
  if (packages.length === 0) return;
  const list = packages.join(' ');
  if (!isRoot() || !commandExists('apt-get')) {
    throw new Error(
      `${why} needs the Debian packages: ${list}\n` +
        `Install them as root, then run this again:\n  apt-get update && apt-get install -y ${list}`,
    );
  }
  log(`installing Debian packages for ${why}: ${list}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status})`);
  }
}

function rgPath() {
  if (fs.existsSync('/usr/bin/rg')) return '/usr/bin/rg';
  const found = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function ripgrepTarget() {
  const targets = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' };
  const target = targets[process.arch];
  if (!target) throw new Error(`No ripgrep target known for ${process.arch}`);
  return target;
}

/** Puts a tar.gz of the system's rg where @vscode/ripgrep's postinstall looks before it downloads. */
function seedRipgrepCache(tmpDir) {
  const rg = rgPath();
  if (!rg) throw new Error('ripgrep (rg) is missing after install');
  const cacheDir = path.join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball)) return;
  fs.mkdirSync(cacheDir, { recursive: true });
  const staging = fs.mkdtempSync(path.join(tmpDir, 'rg-'));
  fs.copyFileSync(rg, path.join(staging, 'rg'));
  fs.chmodSync(path.join(staging, 'rg'), 0o755);
  const tar = spawnSync('tar', ['-czf', tarball, '-C', staging, 'rg'], { stdio: 'inherit' });
  fs.rmSync(staging, { recursive: true, force: true });
  if (tar.status !== 0) throw new Error('could not pack /usr/bin/rg for the ripgrep cache');
}

function missingBuildPackages() {
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!rgPath()) missing.push('ripgrep');
  if (!commandExists('g++') || !commandExists('make')) missing.push('build-essential');
  if (!commandExists('python3')) missing.push('python3');
  if (!commandExists('pkg-config')) missing.push('pkg-config');
  return missing;
}

/** Waits for another process's install to finish, or takes the lock. Returns a release function. */
async function lockInstall(dir) {
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return () => fs.rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder = NaN;
    try {
      holder = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
    } catch {
      // Lock folder made but pid not written yet: treat as alive for now.
    }
    if (Number.isInteger(holder) && !isAlive(holder)) {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for the install lock ${lock}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/**
 * Installs code-server into its own cache folder (not the project's node_modules), once.
 * Returns the path of its `out/node/entry.js`.
 */
export async function ensureCodeServer() {
  const dir = codeServerDir();
  if (isInstalled(dir)) return entryPoint(dir);
  const release = await lockInstall(dir);
  try {
    if (isInstalled(dir)) return entryPoint(dir);
    aptInstall(missingBuildPackages(), `building code-server ${CODE_SERVER_VERSION}`);

    // A half-finished earlier install is not trusted: start clean.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tmpDir = path.join(cacheRoot(), 'tmp');
    fs.mkdirSync(tmpDir, { recursive: true });
    seedRipgrepCache(tmpDir);

    // npm 11 asks that dependencies' install scripts be allowed in package.json (advisory in 11.19, to be
    // enforced later; npm 10 runs them anyway). This covers the packages of this folder's tree; the
    // install that code-server's postinstall runs in its lib/vscode has its own package.json. Not as
    // `allow-scripts` config: npm hands its config to that postinstall as npm_config_* variables, and
    // the nested npm then stops with EALLOWSCRIPTS (seen with npm 11.19).
    const allowed = ['code-server', 'argon2'];
    fs.writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify(
        {
          name: 'diplomatic-annotator-code-server',
          private: true,
          description: 'code-server for testing the Diplomatic Annotator extension; safe to delete.',
          allowScripts: Object.fromEntries(allowed.map((name) => [name, true])),
        },
        null,
        2,
      ) + '\n',
    );

    log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} (about 2 minutes, once)`);
    const started = Date.now();
    const env = {
      ...process.env,
      TMPDIR: tmpDir,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
    };
    const result = spawnSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--foreground-scripts', `code-server@${CODE_SERVER_VERSION}`],
      { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const logFile = path.join(cacheRoot(), `code-server-${CODE_SERVER_VERSION}-install.log`);
    fs.writeFileSync(logFile, `${result.stdout ?? ''}\n--- stderr ---\n${result.stderr ?? ''}`);
    if (result.status !== 0 || !fs.existsSync(entryPoint(dir))) {
      const tail = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.split('\n').slice(-40).join('\n');
      throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${result.status}).\n${tail}\nFull log: ${logFile}`);
    }
    fs.writeFileSync(
      path.join(dir, MARKER),
      JSON.stringify({ version: CODE_SERVER_VERSION, installedAt: new Date().toISOString() }) + '\n',
    );
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s (log: ${logFile})`);
    return entryPoint(dir);
  } finally {
    release();
  }
}

/** Makes sure Debian's Chromium is there and returns its path. */
export function ensureChromium() {
  if (!fs.existsSync(CHROMIUM_PATH)) aptInstall(['chromium'], 'driving code-server in a browser');
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing after installing chromium`);
  return CHROMIUM_PATH;
}

/** Chromium flags for a headless run that reaches nothing but the local code-server. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** A port nobody listens on: the one asked for if free, else the next free ones, else any (port 0). */
export async function freePort(preferred, host = '127.0.0.1') {
  if (preferred) {
    for (let port = preferred; port < preferred + 50; port++) {
      if (await canListen(port, host)) return port;
    }
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    });
    request.setTimeout(2000, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts code-server with its own config, user data, extensions and XDG folders, so it never touches the
 * user's own VS Code or code-server. `baseDir` holds them all (a fresh temp folder unless given).
 * Resolves once /healthz answers. `onOutput(line)` receives the server's stdout and stderr lines.
 */
export async function startCodeServer({
  port,
  host = '127.0.0.1',
  workspace,
  baseDir,
  userDataDir,
  extensionsDir,
  settings = {},
  onOutput,
  startupTimeoutMs = 60_000,
} = {}) {
  const entry = await ensureCodeServer();
  port = port ?? (await freePort(undefined, host));
  const base = baseDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'diplomatic-annotator-code-server-'));
  const removeBaseOnStop = !baseDir;
  userDataDir = userDataDir ?? path.join(base, 'user-data');
  extensionsDir = extensionsDir ?? path.join(base, 'extensions');
  const xdg = {
    XDG_CONFIG_HOME: path.join(base, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(base, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(base, 'xdg', 'cache'),
  };
  for (const dir of [userDataDir, extensionsDir, ...Object.values(xdg), path.join(userDataDir, 'User')]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  writeSettings(path.join(userDataDir, 'User', 'settings.json'), {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    // The seeds live inside the project's git repository: no "open the parent repository?" prompt.
    'git.openRepositoryInParentFolders': 'never',
    ...settings,
  });
  const config = path.join(base, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);

  const args = [
    entry,
    '--bind-addr', `${host}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', config,
  ];
  if (workspace) args.push(workspace);
  const child = spawn(process.execPath, args, {
    detached: true, // its own process group: stop() must also end extension hosts and watchers
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...xdg, VSCODE_PROXY_URI: '', PASSWORD: '', HASHED_PASSWORD: '' },
  });
  const output = [];
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        output.push(line);
        if (output.length > 500) output.shift();
        onOutput?.(line);
      }
    });
  }
  let exited = false;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    });
  });
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    killGroup(child, 'SIGTERM');
    const timeout = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
    if ((await Promise.race([exitPromise, timeout])) === 'timeout') killGroup(child, 'SIGKILL');
    // Extension hosts can outlive the server: the group kill above reaches them; make sure.
    killGroup(child, 'SIGKILL');
    if (removeBaseOnStop) fs.rmSync(base, { recursive: true, force: true });
  }

  const url = `http://${host}:${port}/`;
  const deadline = Date.now() + startupTimeoutMs;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited during startup:\n${output.slice(-30).join('\n')}`);
    }
    try {
      if ((await get(`${url}healthz`)) === 200) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer /healthz within ${startupTimeoutMs / 1000} s:\n${output.slice(-30).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, port, host, pid: child.pid, baseDir: base, userDataDir, extensionsDir, output, exited: exitPromise, stop };
}

/**
 * Writes the user settings a fresh profile needs. A settings.json that is already there (a kept `npm start`
 * profile) is the user's: only keys it lacks are added, and one that is not plain JSON is left alone.
 */
function writeSettings(file, defaults) {
  let existing = {};
  if (fs.existsSync(file)) {
    try {
      existing = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch {
      return;
    }
  }
  fs.writeFileSync(file, JSON.stringify({ ...defaults, ...existing }, null, 2) + '\n');
}

/** `vscode-remote://host:port/abs/path`: how the workbench names a path on the code-server machine. */
export function remoteUri({ host = '127.0.0.1', port, fsPath }) {
  return `vscode-remote://${host}:${port}${pathToFileURL(path.resolve(fsPath)).pathname}`;
}

/**
 * The workbench URL that opens `folder` with the extension under development (and optionally its tests)
 * loaded: code-server's command line rejects those flags, so they travel in `payload` as @vscode/test-web does.
 */
export function workbenchUrl({ port, host = '127.0.0.1', folder, extensionDevelopmentPath, extensionTestsPath }) {
  const payload = [];
  if (extensionDevelopmentPath) {
    payload.push(['extensionDevelopmentPath', remoteUri({ host, port, fsPath: extensionDevelopmentPath })]);
  }
  if (extensionTestsPath) {
    payload.push(['extensionTestsPath', remoteUri({ host, port, fsPath: extensionTestsPath })]);
  }
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(path.resolve(folder))}`);
  if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `http://${host}:${port}/${query.length ? `?${query.join('&')}` : ''}`;
}

/**
 * A fresh copy of the repository's seeds/ under .vscode-test/, for a test run to open: tests tag passages and
 * write sidecars, and must never touch the repository's own files.
 */
export function freshSeedsWorkspace(repoRoot, name) {
  const dir = path.join(repoRoot, '.vscode-test', 'workspaces', name, 'seeds');
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(path.join(repoRoot, 'seeds'), dir, { recursive: true });
  return dir;
}
