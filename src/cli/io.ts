// The CLI's window on the world: everything run() reads or writes goes through one of these.

/** What the CLI needs from its process; tests pass a fake. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Lines of standard input, read only when the CLI needs them. */
  readonly stdinLines: () => AsyncIterable<string>;
  /** Standard input as a byte stream, for `wuerr scan -`. */
  readonly stdinStream?: () => AsyncIterable<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdinIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Current directory, for relative paths. */
  readonly cwd: string;
}
