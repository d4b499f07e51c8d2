// Entry of dist/docx-engine.js: what the Word export uses of the `docx` library (named, so that
// esbuild leaves the rest of it out: 80 KB less in the .vsix) and fflate's unzip (to read an
// agency's Word template), bundled apart from the extension and the CLI so that the packaged
// extension carries them without node_modules, and loads them only to export a Word file.
export {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
export { unzipSync } from 'fflate';

/** The part of `docx` the Word export uses: what the bundled engine holds. */
export type DocxLibrary = Pick<
  typeof import('docx'),
  | 'AlignmentType'
  | 'Bookmark'
  | 'BorderStyle'
  | 'Document'
  | 'ExternalHyperlink'
  | 'Footer'
  | 'Header'
  | 'HeadingLevel'
  | 'ImageRun'
  | 'InternalHyperlink'
  | 'LevelFormat'
  | 'Packer'
  | 'PageBreak'
  | 'PageNumber'
  | 'Paragraph'
  | 'ShadingType'
  | 'Table'
  | 'TableCell'
  | 'TableOfContents'
  | 'TableRow'
  | 'TabStopType'
  | 'TextRun'
  | 'WidthType'
>;
