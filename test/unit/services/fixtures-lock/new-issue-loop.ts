// Lock-race child: runs `kfq new-issue WS` a number of times through the real CLI code and prints
// one line per run: its exit code and, for a failure, the error code it printed.
// Arguments: <workspace folder> <runs>.
import { main } from '../../../../electron/cli/kfq';

const [ws = '', runs = '1'] = process.argv.slice(2);
for (let run = 0; run < Number(runs); run += 1) {
  let printed = '';
  const code = await main(['new-issue', ws], { out: () => undefined, err: (text) => (printed += text), progress: () => undefined });
  const errorCode = /（([A-Z_]+)）/.exec(printed)?.[1] ?? (code === 0 ? '' : `?${printed.slice(0, 200)}`);
  process.stdout.write(`${code} ${errorCode}\n`);
}
