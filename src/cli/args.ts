// A tiny argument reader over node's util.parseArgs, shared by the subcommands.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function readArgs<const O extends Options>(args: string[], options: O) {
  return parseArgs({ args, options, allowPositionals: true as const, strict: true as const });
}
