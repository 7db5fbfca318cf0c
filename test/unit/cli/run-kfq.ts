// Runs a kfq command in-process with its output captured, as the CLI tests need it.
import type { CommandIo } from '../../../electron/cli/io';
import { main } from '../../../electron/cli/kfq';

export interface KfqRun {
  code: number;
  out: string;
  err: string;
}

export async function kfq(...args: string[]): Promise<KfqRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (text) => out.push(text), err: (text) => err.push(text), progress: () => undefined };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
