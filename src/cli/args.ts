// Command-line arguments: a command, then files and options in any order (`analyze --json FILE`, `analyze FILE --json`).

export interface ParsedArgs {
  command: string | null;
  files: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

/** Options that take a value (`--format csv` or `--format=csv`). */
const VALUED = new Set(['--format', '--out', '--lexicon']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { command: null, files: [], flags: new Set(), options: new Map() };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (onlyFiles) out.files.push(a);
    else if (a === '--') onlyFiles = true;
    else if (a.startsWith('--') && a.includes('=')) out.options.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (VALUED.has(a)) out.options.set(a, argv[++i] ?? '');
    else if (a.startsWith('-') && a !== '-') out.flags.add(a);
    else if (out.command === null) out.command = a;
    else out.files.push(a);
  }
  return out;
}
