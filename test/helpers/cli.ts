// Runs a CLI command in-process, capturing what it prints.
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export async function runCli(args: string[], stdin = '', files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => stdin,
    readFile: async (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p]!;
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
  };
  const code = await main(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), written };
}
