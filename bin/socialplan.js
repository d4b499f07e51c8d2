#!/usr/bin/env node

// `export`, `report` and `results` run the whole CLI; every other command a bundle without the export's code, which a
// `lint` started on every commit would otherwise parse for nothing (docs/architecture.md, "The CLI's
// bundles").
require(['export', 'report', 'results'].includes(process.argv[2]) ? '../dist/cli.js' : '../dist/cli-lint.js');
