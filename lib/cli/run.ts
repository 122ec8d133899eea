import { parseArgs } from 'node:util';
import { parseBody } from '../engine/form/body';
import { buildReport, toContract } from '../engine/report';
import { commentFor } from '../engine/templates/comment';
import { formatReport } from './format';

/**
 * The headless front end: a request body in, the report out. Everything the process touches comes in
 * through `Io`, so tests run it without files or a terminal.
 */
export interface Io {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
  noColor: boolean;
}

/** Bodies GitHub accepts are at most 65,536 characters; 5 MB leaves room for pasted logs and still fails fast. */
export const MAX_BYTES = 5 * 1024 * 1024;

export const USAGE = `Usage: recovery-check [--json | --markdown] [--no-color] FILE|-

Checks a PyPI account-recovery request (the issue body GitHub writes from the
account-recovery form, or plain text) and says what PyPI support will miss.

  FILE        the body, as a file; use - to read standard input
  --json      print the report as JSON (the contract in the README)
  --markdown  print the comment the GitHub Action would post on the issue
              (nothing when the request has nothing to fix)
  --no-color  plain text even on a terminal (NO_COLOR is honoured too)
  -h, --help  this help

Exit status: 0 the request is ready, 1 something must be fixed, 2 usage or read error.`;

type Output = 'text' | 'json' | 'markdown';
type Args = { output: Output; color: boolean; file: string } | { help: true } | { error: string };

/** The command line, read by Node's own parser; every mistake becomes a sentence, never a stack trace. */
function readArgs(argv: readonly string[], io: Pick<Io, 'isTTY' | 'noColor'>): Args {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (e) {
    const why =
      e instanceof Error ? e.message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '') : String(e);
    return { error: why.replace(/^Unknown option/, 'unknown option') };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (values.json && values.markdown) return { error: 'give --json or --markdown, not both' };
  if (positionals.length !== 1)
    return { error: positionals.length === 0 ? 'give a FILE, or - for standard input' : 'give only one FILE' };
  const output: Output = values.json ? 'json' : values.markdown ? 'markdown' : 'text';
  return { output, color: io.isTTY && !io.noColor && !values['no-color'], file: positionals[0]! };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** UTF-8 text, or a sentence saying why it is not a request body. */
export function decodeBody(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length > MAX_BYTES)
    return {
      error: `the input is ${(bytes.length / 1048576).toFixed(1)} MB; a request body is far smaller (limit 5 MB)`,
    };
  if (bytes.includes(0)) return { error: 'the input looks binary (it has NUL bytes); give the text of the issue body' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'the input is not UTF-8 text; save the issue body as UTF-8 and try again' };
  }
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const args = readArgs(argv, io);
  if ('help' in args) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if ('error' in args) {
    io.err(`recovery-check: ${args.error} (see --help)\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = args.file === '-' ? await io.readStdin() : await io.readFile(args.file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'that is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot read it';
    io.err(`recovery-check: ${args.file}: ${why}\n`);
    return 2;
  }
  const decoded = decodeBody(bytes);
  if ('error' in decoded) {
    io.err(`recovery-check: ${decoded.error}\n`);
    return 2;
  }
  const report = buildReport(parseBody(decoded.text).request);
  if (args.output === 'json') io.out(`${JSON.stringify(toContract(report), null, 2)}\n`);
  else if (args.output === 'markdown') {
    const comment = commentFor(report);
    if (comment) io.out(`${comment}\n`);
    else io.err('recovery-check: nothing to fix, so the Action would post no comment\n');
  } else io.out(formatReport(report, args.color));
  return report.ready ? 0 : 1;
}
