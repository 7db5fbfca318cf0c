// Kill-test child: `kfq import FILE --into WS` through the real CLI code, killed by the test midway.
// Arguments: <file> <workspace folder>.
import { main } from '../../../../electron/cli/kfq';

const [file = '', ws = ''] = process.argv.slice(2);
process.stdout.write('started\n');
const code = await main(['import', file, '--into', ws], {
  out: () => undefined,
  err: (text) => process.stderr.write(`${text}\n`),
  progress: () => undefined,
});
process.exit(code);
