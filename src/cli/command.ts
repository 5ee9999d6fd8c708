// What a CLI command does: a function from its arguments to an exit code. Its name, usage line and summary live
// in the command list (commands.ts), which loads the command's module only when it runs.
export interface Command {
  run(args: readonly string[]): Promise<number>;
}
