#!/usr/bin/env node
// The CLI is compiled by `npm install` (prepare) into dist/.
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
