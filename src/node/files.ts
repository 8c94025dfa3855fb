// File access shared by the extension host and the command line (both Node). Writes are atomic: a temporary
// file in the same folder, flushed, then renamed over the target, so that a crash or a killed process never
// leaves a truncated or empty file.
import * as fsSync from 'node:fs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The file's text, or undefined when it does not exist. */
export async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A hidden temporary name next to the file, unique to this process and moment. */
function tempNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
}

export async function writeAtomic(file: string, text: string): Promise<void> {
  const tmp = tempNameFor(file);
  const handle = await fs.open(tmp, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/** `writeAtomic` for the command line, whose commands run synchronously. */
export function writeAtomicSync(file: string, text: string): void {
  const tmp = tempNameFor(file);
  const fd = fsSync.openSync(tmp, 'w');
  try {
    fsSync.writeFileSync(fd, text, 'utf8');
    fsSync.fsyncSync(fd);
  } finally {
    fsSync.closeSync(fd);
  }
  try {
    fsSync.renameSync(tmp, file);
  } catch (err) {
    fsSync.rmSync(tmp, { force: true });
    throw err;
  }
}
