// Fallback peak-memory probe for machines without /usr/bin/time: bench/run.mjs preloads it with
// NODE_OPTIONS=--require, and it writes the process's max RSS (KB) to $BENCH_RSS_FILE on exit.
'use strict';
const { writeFileSync } = require('node:fs');
const file = process.env.BENCH_RSS_FILE;
if (file) {
  delete process.env.BENCH_RSS_FILE; // only the first process of the run reports
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
