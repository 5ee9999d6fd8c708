// What a CLI command is: a name, a usage line and a function from arguments to an exit code.
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}
