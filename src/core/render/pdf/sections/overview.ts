import { SECTION_IDS } from '../../../report/sections';
import type { Content } from '../theme';
import type { PdfBlocks } from '../blocks';

export function overview(pdf: PdfBlocks): Content[] {
  const overview = pdf.model.overview;
  if (!overview) return [];
  return pdf.section(SECTION_IDS.overview, pdf.labels.overview, pdf.body(overview.html));
}
