import type { Annex } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import type { Content } from '../theme';
import { STEP_START, type PdfBlocks } from '../blocks';
import { append } from '../../../util/arrays';

export function annexes(pdf: PdfBlocks, annexes: Annex[]): Content[] {
  if (annexes.length === 0) return [];
  const content: Content[] = [];
  annexes.forEach((annex, index) => {
    content.push({
      text: pdf.t(annex.title),
      style: 'h2',
      margin: [0, 0, 0, 10],
      id: annex.anchor,
      outline: true,
      outlineParentId: SECTION_IDS.annexes,
      keepWithNext: true,
      ...(index > 0 ? STEP_START : {}),
    });
    append(content, annex.body.html === '' ? [pdf.muted(pdf.labels.emptyBody)] : pdf.body(annex.body.html));
  });
  return pdf.section(SECTION_IDS.annexes, pdf.labels.annexes, content);
}
