// What a CLI command needs from its terminal, so tests can run commands in-process.
import { parseArgs } from 'node:util';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** A transient progress line (shown on a terminal only). */
  progress(text: string): void;
}

/** Wrong command-line use: printed with the command's usage and exit code 2. */
export class UsageError extends Error {}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
export type OptionValues<T extends OptionSpec> = { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean };

export function parseCommandArgs<T extends OptionSpec>(
  args: string[],
  options: T,
  positionals: string[],
  optionalPositionals: string[] = [],
): { positionals: string[]; values: OptionValues<T> } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`参数不正确：${error instanceof Error ? error.message : String(error)}`);
  }
  if (parsed.positionals.length < positionals.length) {
    throw new UsageError(`缺少参数：${positionals.slice(parsed.positionals.length).join(' ')}`);
  }
  if (parsed.positionals.length > positionals.length + optionalPositionals.length) {
    throw new UsageError(`多余的参数：${parsed.positionals.slice(positionals.length + optionalPositionals.length).join(' ')}`);
  }
  return { positionals: parsed.positionals, values: parsed.values as OptionValues<T> };
}
