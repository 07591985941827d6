#!/usr/bin/env node
import { main } from '../dist/caselint.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`caselint: internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
