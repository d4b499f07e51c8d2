import { localize } from '../../i18n/localized';
import { boxLayout, rule } from './layouts';
import { COVER_BAND, MARGIN, type PdfBlocks } from './blocks';
import type { Content, ContentNode } from './theme';

/** What comes before the sections: the cover page and the table of contents. */

export function coverPage(pdf: PdfBlocks): Content[] {
  const { model, theme, labels } = pdf;
  const cover = model.cover;
  const facts = cover.facts.map((fact): [string, ContentNode] => [
    fact.label,
    fact.badge ? { text: [{ ...pdf.badge(fact.badge), fontSize: 9 }] } : pdf.cell(fact.text),
  ]);
  const content: Content[] = [
    {
      text: pdf.t((cover.agency ?? '').toUpperCase()),
      color: '#FFFFFF',
      bold: true,
      fontSize: 9,
      characterSpacing: 1.6,
      absolutePosition: { x: MARGIN.left, y: 52 },
      width: pdf.width - 190,
    },
    { text: pdf.t(cover.title), style: 'title', margin: [0, COVER_BAND + 70 - MARGIN.top, 40, 22] },
    {
      table: {
        widths: ['auto', '*'],
        body: facts.map(([label, value]) => [
          { text: pdf.t(label.toUpperCase()), style: 'factLabel', margin: [0, 2, 14, 0] },
          { ...value, style: 'factValue' },
        ]),
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: () => 0,
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
    },
  ];
  if (cover.draft) {
    content.push({
      table: { body: [[{ text: pdf.t(labels.draftNotice), color: theme.error, bold: true, fontSize: 10 }]] },
      layout: boxLayout('#FFFFFF', 9, theme.error),
      margin: [0, 30, 0, 0],
    });
  }
  const logo = coverLogo(pdf);
  if (logo) content.push(logo);
  const bottom = pdf.page.height - 92;
  content.push({
    absolutePosition: { x: MARGIN.left, y: bottom },
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: pdf.width, y2: 0, lineWidth: 0.75, lineColor: theme.line }] },
      {
        columns: [
          { text: pdf.t(model.branding.footer ?? ''), fontSize: 8.5, color: theme.muted, width: '*' },
          { text: pdf.t(cover.agency ?? ''), fontSize: 8.5, color: theme.muted, alignment: 'right', width: 'auto' },
        ],
        columnGap: 12,
        margin: [0, 10, 0, 0],
      },
    ],
  });
  return content;
}

/** The logo in a white box at the top right of the cover band. */
function coverLogo(pdf: PdfBlocks): ContentNode | undefined {
  const logo = pdf.options.logo;
  if (!logo) return undefined;
  const box = { width: 150, height: 60 };
  // The logo's alternative text: whose logo it is (PDF/UA wants every figure described).
  const agency = pdf.t(pdf.model.cover.agency ?? '');
  const alt = localize(
    agency ? { en: `${agency} logo`, fr: `Logo ${agency}` } : { en: 'Logo', fr: 'Logo' },
    pdf.model.locale,
  );
  const image: ContentNode =
    logo.kind === 'image'
      ? { image: logo.dataUri, fit: [box.width, box.height], alignment: 'center', alt }
      : { svg: logo.svg, fit: [box.width, box.height], alignment: 'center', alt };
  return {
    absolutePosition: { x: pdf.page.width - MARGIN.right - box.width - 16, y: 36 },
    table: { widths: [box.width], heights: [box.height], body: [[image]] },
    layout: boxLayout('#FFFFFF', 8),
  };
}

export function contents(pdf: PdfBlocks): Content[] {
  const theme = pdf.theme;
  let major = 0;
  const rows = pdf.model.toc.map((entry): ContentNode[] => {
    const level1 = entry.level === 1;
    const number = level1 ? String(++major) : '';
    const link = { linkToDestination: entry.id };
    return [
      { text: number, color: theme.accent, bold: true, ...link },
      {
        text: pdf.t(entry.title),
        bold: level1,
        color: level1 ? theme.ink : theme.muted,
        margin: [level1 ? 0 : 12, 0, 0, 0],
        fontSize: level1 ? 10.5 : 9.5,
        ...link,
      },
      {
        pageReference: entry.id,
        alignment: 'right',
        color: level1 ? theme.ink : theme.muted,
        fontSize: level1 ? 10.5 : 9.5,
      },
    ];
  });
  return [
    { text: pdf.t(pdf.labels.contents), style: 'h1', id: 'sp-contents', outline: true, pageBreak: 'before' },
    rule(theme.accent, 2.25, [0, 3, 0, 12]),
    {
      table: { widths: [16, '*', 30], body: rows, dontBreakRows: true },
      role: 'TOC',
      layout: {
        hLineWidth: (index: number) => (index === 0 ? 0 : 0.5),
        vLineWidth: () => 0,
        hLineColor: () => theme.line,
        hLineStyle: () => ({ dash: { length: 1, space: 1.5 } }),
        paddingLeft: () => 0,
        paddingRight: () => 2,
        paddingTop: () => 5,
        paddingBottom: () => 5,
      },
    },
  ];
}
