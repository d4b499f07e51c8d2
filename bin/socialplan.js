#!/usr/bin/env node

// `export` runs the whole CLI; every other command a bundle without the export's code, which a
// `lint` started on every commit would otherwise parse for nothing (docs/architecture.md, "The CLI's
// bundles").
require(process.argv[2] === 'export' ? '../dist/cli.js' : '../dist/cli-lint.js');
