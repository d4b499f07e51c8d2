// Entry of dist/pdf-engine.js: pdfmake with its renderer, bundled apart from the extension and the
// CLI so that the packaged extension carries it without node_modules, and loads it only to export.
// pdfkit reads its standard font metrics from `data/` beside the bundle; the build copies them.
/* eslint-disable @typescript-eslint/no-require-imports */
export const pdfmake: unknown = require('pdfmake');
export const Renderer: unknown = require('pdfmake/js/Renderer');
