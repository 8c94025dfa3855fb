#!/usr/bin/env node
// The `diplomatic-annotator` command-line tool over src/core.
import { parseArgs } from './args';
import { runAnalyze } from './commands/analyze';
import { runAnnotations } from './commands/annotations';
import { runCheck } from './commands/check';
import { runExport } from './commands/export';
import { runImport } from './commands/import';
import { runMergeDriver } from './commands/merge-driver';
import { runTopics } from './commands/topics';
import { loadLexicon } from './lexicon';
import { consoleOutput, type Output } from './output';

const USAGE = `Usage: diplomatic-annotator <command> [options] FILE...

Commands:
  analyze FILE... [--json]       structure, quotations with speakers, named entities, topics
  topics FILE... [--json]        each article's topics with the passages that carry them
  annotations FILE... [--json]   each text's annotations from its sidecar, re-anchored, with their status
  check [PATH...]                validate every sidecar under the paths (default: .); exit 1 on errors
                                 or unanchored annotations, with file:line:col messages
  export --format FORMAT [--out DIR] PATH...
                                 annotations of texts (or folders) as w3c (W3C Web Annotation JSON-LD),
                                 brat (.ann), csv, or csv-quotes (the quotations); to stdout, or into DIR;
                                 --entities / --quotes add the analysis's entities / quotations (w3c, brat)
  import --format brat|w3c FILE TEXT
                                 annotations from a brat .ann or W3C JSON-LD file into TEXT's sidecar
  merge-driver BASE OURS THEIRS  git merge driver for sidecars (%O %A %B): merges by annotation id into OURS

Options:
  --json                     machine-readable output: one object per file, an array for several
  --lexicon FILE             a workspace topic lexicon (YAML) over the shipped one
  --format FORMAT            export: w3c, brat, csv or csv-quotes; import: brat or w3c
  --out DIR                  export: write files into DIR instead of stdout

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
    case 'topics':
      return runTopics(args.files, args.flags.has('--json'), out, loadLexicon(args.options.get('--lexicon'), (s) => out.err(s)));
    case 'annotations':
      return runAnnotations(args.files, args.flags.has('--json'), out);
    case 'check':
      return runCheck(args.files, out);
    case 'export':
      return runExport(args, out);
    case 'import':
      return runImport(args, out);
    case 'merge-driver':
      return runMergeDriver(args.files, out);
    case null:
      out.err(USAGE);
      return 2;
    default:
      out.err(`Unknown command "${args.command}".\n\n${USAGE}`);
      return 2;
  }
}

if (require.main === module) {
  // Output piped into `head` and closed early is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = main(process.argv.slice(2));
}
