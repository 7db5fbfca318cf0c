#!/usr/bin/env node
// `kfq`: the workstation's command line (see README).
import { runCli } from '../scripts/cli-loader.mjs';

const code = await runCli(process.argv.slice(2));
// Exit as soon as the output is flushed: tearing down a heap that holds the parsed fonts takes
// longer than a short command itself. Nothing keeps running after a command returns.
process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
