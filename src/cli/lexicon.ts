// Finds and reads the topic lexicon for the command line: the shipped one, and a workspace one given by --lexicon.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildLexicon, type CompiledLexicon } from '../core/topics';

/** Where the shipped lexicon lies: next to the bundle (dist/), or in the sources when run from out/. */
const CANDIDATES = [
  path.join(__dirname, 'lexicon.yaml'),
  path.join(__dirname, '..', '..', '..', 'src', 'core', 'topics', 'lexicon.yaml'),
  path.join(__dirname, '..', 'src', 'core', 'topics', 'lexicon.yaml'),
];

export function shippedLexiconPath(): string | null {
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export function loadLexicon(workspaceFile: string | undefined, err: (s: string) => void): CompiledLexicon | undefined {
  const shipped = shippedLexiconPath();
  if (!shipped) {
    err('The topic lexicon (lexicon.yaml) is missing from the installation: topics are left out. Reinstall the tool.');
    return undefined;
  }
  let extra: string | undefined;
  if (workspaceFile !== undefined) {
    try {
      extra = fs.readFileSync(workspaceFile, 'utf8');
    } catch {
      err(`${workspaceFile}: cannot read the lexicon; using the shipped one only.`);
    }
  }
  const { lexicon, problems } = buildLexicon(fs.readFileSync(shipped, 'utf8'), extra);
  for (const p of problems) err(p);
  return lexicon;
}
