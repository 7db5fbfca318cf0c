#!/usr/bin/env node
// `kfq`: the workstation's command line (see README).
import { runCli } from '../scripts/cli-loader.mjs';

process.exitCode = await runCli(process.argv.slice(2));
