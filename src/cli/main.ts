#!/usr/bin/env node
import '../runtime/quiet-known-warnings.js';
import { runCli } from './program.js';

/** `maker-hub`: the operator's command line. Errors are one clear line and a non-zero exit. */
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
