#!/usr/bin/env node
// The `diplomatic-annotator` command-line tool over src/core.
import { parseArgs } from './args';
import { runAnalyze } from './commands/analyze';
import { loadLexicon } from './lexicon';
import { consoleOutput, type Output } from './output';

const USAGE = `Usage: diplomatic-annotator <command> [options] FILE...

Commands:
  analyze FILE... [--json]   structure, quotations with speakers, named entities, topics

Options:
  --json                     machine-readable output: one object per file, an array for several
  --lexicon FILE             a workspace topic lexicon (YAML) over the shipped one

Options may come before or after the files. --help shows this text.`;

export function main(argv: readonly string[], out: Output = consoleOutput): number {
  const args = parseArgs(argv);
  if (args.flags.has('--help') || args.flags.has('-h') || args.command === 'help') {
    out.log(USAGE);
    return 0;
  }
  switch (args.command) {
    case 'analyze':
      return runAnalyze(args.files, args.flags.has('--json'), out, loadLexicon(args.options.get('--lexicon'), (s) => out.err(s)));
    case null:
      out.err(USAGE);
      return 2;
    default:
      out.err(`Unknown command "${args.command}".\n\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
