// Entry of dist/docx-engine.js: the `docx` library and fflate's unzip (to read an agency's Word
// template), bundled apart from the extension and the CLI so that the packaged extension carries
// them without node_modules, and loads them only to export a Word file.
/* eslint-disable @typescript-eslint/no-require-imports */
export const docx: typeof import('docx') = require('docx');
export const unzipSync: typeof import('fflate').unzipSync = require('fflate').unzipSync;

export type DocxLibrary = typeof import('docx');
