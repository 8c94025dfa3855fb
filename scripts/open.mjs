// `npm start`: builds the extension and opens seeds/ in a VS Code with it loaded: desktop VS Code when
// `code` is on PATH, otherwise code-server in a browser at http://127.0.0.1:8080 (PORT overrides).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, freePort, startCodeServer, workbenchUrl } from './code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(repoRoot, 'seeds');

function build() {
  console.log('Building the extension (node esbuild.mjs)...');
  const result = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('The build failed: fix the errors above and run npm start again.');
}

function hasDesktopCode() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

async function openInDesktop() {
  console.log('Opening seeds/ in VS Code with the extension loaded...');
  const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
  const code = await new Promise((resolve) => child.once('exit', resolve));
  return code ?? 1;
}

async function openInCodeServer() {
  await ensureCodeServer();
  const requested = process.env.PORT ? Number(process.env.PORT) : undefined;
  if (requested !== undefined && !(Number.isInteger(requested) && requested > 0 && requested < 65536)) {
    throw new Error(`PORT=${process.env.PORT} is not a port number`);
  }
  const port = requested ?? (await freePort(8080));
  // Kept between runs, so open editors and settings survive a restart; delete it to start afresh.
  const baseDir = path.join(repoRoot, '.vscode-test', 'code-server-dev');
  fs.mkdirSync(baseDir, { recursive: true });
  const logFile = path.join(baseDir, 'server.log');
  const log = fs.createWriteStream(logFile, { flags: 'a' });
  const server = await startCodeServer({ port, workspace: seeds, baseDir, onOutput: (line) => log.write(`${line}\n`) });

  console.log(`\ncode-server is running with the Diplomatic Annotator loaded. Open this URL in a browser:\n`);
  console.log(`  ${workbenchUrl({ port: server.port, folder: seeds, extensionDevelopmentPath: repoRoot })}\n`);
  console.log(`After a rebuild (npm run watch in another terminal), reload with F1 → "Developer: Reload Window".`);
  console.log(`Server log: ${path.relative(repoRoot, logFile)}`);
  console.log('Press Ctrl+C to stop');

  const stopped = new Promise((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => resolve(signal));
    }
  });
  const outcome = await Promise.race([stopped, server.exited.then(() => 'exited')]);
  if (outcome === 'exited') {
    console.error(`code-server stopped by itself; see ${logFile}`);
    await server.stop();
    log.end();
    return 1;
  }
  console.log('\nStopping code-server...');
  await server.stop();
  log.end();
  return 0;
}

async function main() {
  build();
  return hasDesktopCode() ? openInDesktop() : openInCodeServer();
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
