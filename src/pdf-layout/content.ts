/** The document definition is plain data (pdfmake's vocabulary, laid out by this folder); these are its shapes. */
export type Content = string | ContentNode | Content[];
export interface ContentNode {
  [key: string]: unknown;
}
