#!/usr/bin/env node
// The `diplomatic-annotator` command-line tool over src/core.
import { parseArgs } from './args';
import { runAnalyze } from './commands/analyze';
import { runAnnotations } from './commands/annotations';
import { runCheck } from './commands/check';
import { loadLexicon } from './lexicon';
import { consoleOutput, type Output } from './output';

const USAGE = `Usage: diplomatic-annotator <command> [options] FILE...

Commands:
  analyze FILE... [--json]       structure, quotations with speakers, named entities, topics
  annotations FILE... [--json]   each text's annotations from its sidecar, re-anchored, with their status
  check [PATH...]                validate every sidecar under the paths (default: .); exit 1 on errors
                                 or unanchored annotations, with file:line:col messages

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
    case 'annotations':
      return runAnnotations(args.files, args.flags.has('--json'), out);
    case 'check':
      return runCheck(args.files, out);
    case null:
      out.err(USAGE);
      return 2;
    default:
      out.err(`Unknown command "${args.command}".\n\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
