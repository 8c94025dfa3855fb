// Mocha runner that VS Code's extension host loads as `extensionTestsPath` (under @vscode/test-electron or
// code-server). The reporter's lines are also written to a file, because under code-server the extension
// host's console does not reach the browser that drives it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Where the harness reads the run's report; `DA_INTEGRATION_RESULTS` overrides it. */
export const resultsFile =
  process.env.DA_INTEGRATION_RESULTS ?? path.join(repoRoot, 'test-results', 'integration.log');

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTests(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, '');
  const record = (line: string): void => fs.appendFileSync(resultsFile, `${line}\n`);

  const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, reporter: 'spec' });
  const files = findTests(__dirname);
  for (const file of files) mocha.addFile(file);

  const base = Mocha.reporters.Base;
  const consoleLog = base.consoleLog;
  base.consoleLog = (...data: unknown[]): void => {
    consoleLog(...data);
    record(format(...data));
  };

  return new Promise<void>((resolve, reject) => {
    const finish = (error?: Error): void => {
      base.consoleLog = consoleLog;
      if (error) {
        record(`Error: ${error.stack ?? error.message}`);
        reject(error);
      } else {
        resolve();
      }
    };
    if (files.length === 0) {
      finish(new Error(`No *.test.js files under ${__dirname}: was the project compiled with "tsc -p ."?`));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, pending = 0 } = runner.stats ?? {};
        // The plain closing line that CI logs are read for.
        record(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
        finish(failures > 0 ? new Error(`${failures} integration test(s) failed`) : undefined);
      });
    } catch (error) {
      finish(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
