/** Shared vocabulary of the engine. Offsets are UTF-16 code-unit offsets into the file's text. */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Locale = 'en' | 'fr';

/** A human text in every UI language (src/core/i18n/localized.ts says how texts are picked). */
export type Localized = Record<Locale, string>;

export interface OffsetRange {
  start: number;
  end: number;
}

/** One text replacement; fixes are plain data so the editor, the CLI and the tests apply them alike. */
export interface TextEdit {
  file: string;
  range: OffsetRange;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Safe fixes are applied by `lint --fix` and fix-all; the others only as quick fixes. */
  safe: boolean;
  /** Files to create (a missing step document), path → content. Never overwrites. */
  createFiles?: { file: string; content: string }[];
}

export interface RelatedLocation {
  file: string;
  range: OffsetRange;
  message: Localized;
}

export interface Finding {
  /** Absolute path of the file the finding is in. */
  file: string;
  rule: string;
  severity: Severity;
  message: Localized;
  range: OffsetRange;
  fixes?: Fix[];
  related?: RelatedLocation[];
}

export interface Position {
  /** 1-based line */
  line: number;
  /** 1-based column, in UTF-16 code units */
  column: number;
}
