import { readFile } from 'node:fs/promises';
import { runCli } from './run';

/** The `recovery-check` command: Node's process wired to runCli (built to bin/recovery-check.mjs). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    readFile: (path) => readFile(path),
    readStdin,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stdout.isTTY),
    noColor: 'NO_COLOR' in process.env,
  });
} catch (error) {
  // A fault of ours, not of the input: one line, never a stack trace.
  process.stderr.write(`recovery-check: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
