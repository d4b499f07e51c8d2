// Entry of dist/pdf-engine.js: pdfkit (with fontkit) and svg-to-pdfkit, bundled apart from the
// extension and the CLI so that the packaged extension carries them without node_modules, and
// loads them only to export. pdfkit reads its standard font metrics from `data/` beside the bundle;
// the build copies them there, with the Roboto fonts into `fonts/Roboto/`.
/* eslint-disable @typescript-eslint/no-require-imports */
export const PDFDocument: unknown = require('pdfkit');
export const svg: unknown = require('svg-to-pdfkit');
