import { showsSources, type Budget, type BudgetEnvelope } from '../../../report/model';
import { SECTION_IDS } from '../../../report/sections';
import { TYPOGRAPHY } from '../../../i18n/localized';
import { boxLayout } from '../layouts';
import type { Content, ContentNode, TableNode } from '../theme';
import type { PdfBlocks } from '../blocks';
import { maxOf } from '../../../util/arrays';

export function budget(pdf: PdfBlocks, budget: Budget): Content[] {
  const { labels } = pdf;
  if (budget.envelopes.length === 0)
    return pdf.section(SECTION_IDS.budget, labels.budget, [pdf.muted(labels.noBudget)]);
  const summary: Content[] = [];
  if (budget.currencyNote) summary.push(pdf.callout({ text: pdf.t(budget.currencyNote) }));
  if (budget.annualised.length > 0)
    summary.push({
      columns: budget.annualised.map((item) => card(pdf, item.label, item.amount.text)),
      columnGap: 12,
      margin: [0, 0, 0, 16],
    });
  return pdf.section(SECTION_IDS.budget, labels.budget, [
    ...summary,
    ...budget.envelopes.flatMap((envelope) => budgetEnvelope(pdf, envelope)),
  ]);
}

function card(pdf: PdfBlocks, label: string, value: string): TableNode {
  return {
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
    layout: boxLayout('#FFFFFF', 10, pdf.theme.line),
  };
}

/** One currency and period: its figures, its chart and its lines, never mixed with another envelope's. */
function budgetEnvelope(pdf: PdfBlocks, envelope: BudgetEnvelope): Content[] {
  const { labels, theme } = pdf;
  const cards = [
    envelope.total ? card(pdf, labels.budgetTotal, envelope.total.text) : undefined,
    card(pdf, labels.allocated, envelope.allocated.text),
    envelope.unallocated ? card(pdf, labels.unallocated, envelope.unallocated.text) : undefined,
    envelope.perYear ? card(pdf, labels.perYearFromMonthly, envelope.perYear.text) : undefined,
  ].filter((item) => item !== undefined);
  const heading: Content = {
    stack: [
      { text: pdf.t(envelope.title), style: 'h2', margin: [0, 0, 0, 2] },
      ...(showsSources(pdf.model)
        ? [
            {
              text: pdf.t(envelope.sources.map((source) => source.path).join(' · ')),
              style: 'small',
              color: theme.muted,
            },
          ]
        : []),
    ],
    margin: [0, 0, 0, 8],
  };
  // The heading stays with the figures it names.
  const parts: Content[] = [
    { stack: [heading, { columns: cards, columnGap: 12, margin: [0, 0, 0, 16] }], unbreakable: true },
  ];
  if (envelope.categories.length === 0) return parts;
  const rows: ContentNode[][] = [];
  for (const category of envelope.categories) {
    const group = { fillColor: theme.soft, bold: true };
    rows.push([
      pdf.cell(category.category.label, group),
      pdf.cell(category.share.text, group),
      pdf.cell(category.amount.text, group),
    ]);
    for (const line of category.lines) {
      const links = [line.resource, line.platform, line.objective]
        .filter((item) => item !== undefined)
        .map((item) => item.name);
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
          { text: ` (${pdf.t(envelope.period.label)})`, color: theme.muted, bold: false },
        ],
      },
      pdf.cell('100%'),
      pdf.cell(envelope.allocated.text),
    ],
  ];
  if (envelope.total) footer.push([pdf.cell(labels.budgetTotal), { text: '' }, pdf.cell(envelope.total.text)]);
  const table = pdf.table([labels.budgetLine, `${labels.share}#`, `${labels.amount}#`], ['*', 60, 100], rows, footer);
  parts.push(
    {
      stack: [{ text: pdf.t(labels.budgetByCategory), style: 'h3', margin: [0, 0, 0, 8] }, budgetChart(pdf, envelope)],
      unbreakable: envelope.categories.length <= 20,
    },
    table,
  );
  return parts;
}

/** Horizontal bars, one per category, longest first — the HTML export's chart, drawn as a canvas. */
function budgetChart(pdf: PdfBlocks, envelope: BudgetEnvelope): ContentNode {
  const theme = pdf.theme;
  const categories = envelope.categories.filter((category) => category.amount.value > 0);
  if (categories.length === 0) return { text: '' };
  const labelWidth = 118;
  const valueWidth = 150;
  const barSpace = pdf.width - labelWidth - valueWidth - 16;
  const max = maxOf(categories.map((category) => category.share.value));
  // What the bars show, in words, as the HTML chart's aria-label says it.
  const typography = TYPOGRAPHY[pdf.model.locale];
  const bars = categories.map(
    (category) => `${category.category.label} ${category.share.text} (${category.amount.text})`,
  );
  const alt = pdf.t(`${pdf.labels.budgetByCategory}${typography.colon}${bars.join(typography.semicolon)}`);
  return {
    role: 'Figure',
    alt,
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
