import type { Budget } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import { boxLayout } from '../layouts';
import type { Content, ContentNode, TableNode } from '../theme';
import type { PdfBlocks } from '../blocks';
import { maxOf } from '../../../util/arrays';

export function budget(pdf: PdfBlocks, budget: Budget): Content[] {
  const { labels, theme } = pdf;
  if (budget.categories.length === 0 && !budget.total)
    return pdf.section(SECTION_IDS.budget, labels.budget, [pdf.muted(labels.noBudget)]);
  const card = (label: string, value: string): TableNode => ({
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: pdf.t(label.toUpperCase()), style: 'factLabel' },
              { text: pdf.t(value), fontSize: 14, bold: true, margin: [0, 3, 0, 0] },
            ],
          },
        ],
      ],
    },
    layout: boxLayout('#FFFFFF', 10, theme.line),
  });
  const cards = [
    budget.total ? card(labels.budgetTotal, budget.total.text) : undefined,
    card(labels.allocated, budget.allocated.text),
    budget.unallocated ? card(labels.unallocated, budget.unallocated.text) : undefined,
  ].filter((item) => item !== undefined);
  const period = budget.blocks.find((block) => block.period)?.period;
  const rows: ContentNode[][] = [];
  for (const category of budget.categories) {
    const group = { fillColor: theme.soft, bold: true };
    rows.push([
      pdf.cell(category.category.label, group),
      pdf.cell(category.share.text, group),
      pdf.cell(category.amount.text, group),
    ]);
    for (const line of category.lines) {
      const links = [line.resource?.name, line.platform, line.objective].filter((item) => item !== undefined);
      rows.push([
        {
          stack: [pdf.cell(line.label), ...(links.length > 0 ? [pdf.cell(links.join(' · '), { style: 'small' })] : [])],
          margin: [8, 0, 0, 0],
        },
        { text: '' },
        pdf.cell(line.amount.text),
      ]);
    }
  }
  const footer: ContentNode[][] = [
    [
      {
        text: [
          pdf.t(labels.allocated),
          ...(period ? [{ text: ` (${pdf.t(period.label)})`, color: theme.muted, bold: false }] : []),
        ],
      },
      pdf.cell(budget.categories.length > 0 ? '100%' : ''),
      pdf.cell(budget.allocated.text),
    ],
  ];
  if (budget.total) footer.push([pdf.cell(labels.budgetTotal), { text: '' }, pdf.cell(budget.total.text)]);
  const table = pdf.table([labels.budgetLine, `${labels.share}#`, `${labels.amount}#`], ['*', 60, 100], rows, footer);
  return pdf.section(SECTION_IDS.budget, labels.budget, [
    { columns: cards, columnGap: 12, margin: [0, 0, 0, 16] },
    {
      stack: [{ text: pdf.t(labels.budgetByCategory), style: 'h2', margin: [0, 0, 0, 8] }, budgetChart(pdf, budget)],
      unbreakable: budget.categories.length <= 20,
    },
    table,
  ]);
}

/** Horizontal bars, one per category, longest first — the HTML export's chart, drawn as a canvas. */
function budgetChart(pdf: PdfBlocks, budget: Budget): ContentNode {
  const theme = pdf.theme;
  const categories = budget.categories.filter((category) => category.amount.value > 0);
  if (categories.length === 0) return { text: '' };
  const labelWidth = 118;
  const valueWidth = 150;
  const barSpace = pdf.width - labelWidth - valueWidth - 16;
  const max = maxOf(categories.map((category) => category.share.value));
  return {
    table: {
      widths: [labelWidth, barSpace, valueWidth],
      body: categories.map((category, position) => {
        const width = max > 0 ? Math.max(2, (category.share.value / max) * barSpace) : 2;
        const opacity = Math.max(0.35, 1 - position * 0.09);
        return [
          pdf.cell(category.category.label),
          {
            canvas: [{ type: 'rect', x: 0, y: 1, w: width, h: 11, r: 2.5, color: theme.accent, fillOpacity: opacity }],
          },
          {
            text: [
              { text: pdf.t(category.share.text), bold: true },
              { text: `   ${pdf.t(category.amount.text)}`, color: theme.muted, fontSize: 8.5 },
            ],
          },
        ];
      }),
    },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: () => 0,
      paddingLeft: (index: number) => (index === 0 ? 0 : 8),
      paddingRight: () => 0,
      paddingTop: () => 3,
      paddingBottom: () => 3,
    },
    margin: [0, 0, 0, 16],
  };
}
