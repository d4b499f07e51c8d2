import type { Shape, TableLayout, TableNode, Theme } from './theme';

/** Table layouts and rules the report and the bodies share: grids, boxes, quotes, rules, checkboxes. */

/** A full-width horizontal rule (a one-cell table drawn by its top border: no width to guess). */
export function rule(color: string, width: number, margin: number[]): TableNode {
  return {
    table: { widths: ['*'], body: [[{ text: '', fontSize: 1 }]] },
    layout: {
      hLineWidth: (index: number) => (index === 0 ? width : 0),
      vLineWidth: () => 0,
      hLineColor: () => color,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin,
  };
}

export function gridLayout(theme: Theme, headerRows: number): TableLayout {
  return {
    hLineWidth: (index, node) =>
      index === 0 ? 0 : index === headerRows && headerRows > 0 ? 1 : index === node.table.body.length ? 0.75 : 0.5,
    vLineWidth: () => 0,
    hLineColor: (index: number) => (index === headerRows && headerRows > 0 ? '#C4CAD3' : theme.line),
    fillColor: (rowIndex: number) => (rowIndex < headerRows ? theme.soft : null),
    paddingLeft: () => 5,
    paddingRight: () => 5,
    paddingTop: () => 3.5,
    paddingBottom: () => 3.5,
  };
}

export function quoteLayout(theme: Theme): TableLayout {
  return {
    hLineWidth: () => 0,
    vLineWidth: (index: number) => (index === 0 ? 3 : 0),
    vLineColor: () => theme.line,
    paddingLeft: () => 10,
    paddingRight: () => 4,
    paddingTop: () => 2,
    paddingBottom: () => 0,
  };
}

export function boxLayout(fill: string, padding: number, border?: string): TableLayout {
  return {
    hLineWidth: () => (border ? 0.75 : 0),
    vLineWidth: () => (border ? 0.75 : 0),
    hLineColor: () => border ?? fill,
    vLineColor: () => border ?? fill,
    fillColor: () => fill,
    paddingLeft: () => padding,
    paddingRight: () => padding,
    paddingTop: () => padding * 0.75,
    paddingBottom: () => padding * 0.75,
  };
}

export function checkboxCanvas(checked: boolean, theme: Theme): Shape[] {
  const box: Shape = {
    type: 'rect',
    x: 0,
    y: 2.5,
    w: 7.5,
    h: 7.5,
    r: 1.2,
    lineWidth: 0.8,
    lineColor: checked ? theme.ok : theme.muted,
  };
  if (!checked) return [box];
  return [
    { ...box, color: theme.okSoft },
    {
      type: 'polyline',
      lineWidth: 1.1,
      lineColor: theme.ok,
      points: [
        { x: 1.6, y: 6.3 },
        { x: 3.3, y: 8.1 },
        { x: 6.2, y: 4.3 },
      ],
    },
  ];
}
