// Where the command-line tool writes: passed in, so that tests can capture it.
export interface Output {
  log(s: string): void;
  err(s: string): void;
}

export const consoleOutput: Output = {
  log: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};
