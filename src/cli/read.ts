// Reads a text file for analysis, with a clear message for what cannot be read: missing, a folder, binary, not UTF-8.
import * as fs from 'node:fs';

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Texts larger than this are refused: the analysis is for articles and corpora of them, not archives. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export function readTextFile(file: string): ReadResult {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, message: `${file}: no such file. Check the path and try again.` };
    if (code === 'EACCES') return { ok: false, message: `${file}: permission denied. Check that you may read it.` };
    return { ok: false, message: `${file}: cannot be read (${String(err)}).` };
  }
  if (stat.isDirectory()) return { ok: false, message: `${file}: is a folder. Give the text files inside it, e.g. ${file}/*.txt` };
  if (stat.size > MAX_FILE_BYTES) return { ok: false, message: `${file}: ${Math.round(stat.size / 1048576)} MB is too large to analyse (limit ${MAX_FILE_BYTES / 1048576} MB). Split it into articles.` };
  const bytes = fs.readFileSync(file);
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: `${file}: looks like a binary file, not a text. Only plain-text articles can be analysed.` };
  try {
    // Keep a byte-order mark in the text, as fs.readFileSync(file, 'utf8') does, so offsets agree with it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, message: `${file}: is not valid UTF-8. Convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8) and try again.` };
  }
}
