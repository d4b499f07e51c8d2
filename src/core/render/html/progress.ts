import type { ProgressRow } from '../../report/model';
import { SECTION_IDS } from '../../report/sections';
import { escapeHtml as e } from '../../util/escape';
import { progressGeometry } from '../progress-chart';
import type { HtmlBlocks } from './blocks';

/** The progress section: per objective, its status, its figures and its chart (docs/measuring.md). */
export function progress(html: HtmlBlocks, rows: ProgressRow[]): string {
  const labels = html.labels;
  const entries = rows.map((row) => {
    const facts = [
      row.latest
        ? `<span>${e(labels.latestResult)}: <b>${e(row.latest.value.text)}</b> (${e(row.latest.date.text)})</span>`
        : `<span>${e(labels.noResultsYet)}</span>`,
      row.toGoal ? `<span>${e(labels.toGoal)}: <b>${e(row.toGoal.text)}</b></span>` : '',
      `<span>${e(labels.target)}: <b>${e(row.target.text)}</b>${row.unit ? ` ${e(row.unit)}` : ''} (${e(row.deadline.text)})</span>`,
      row.projected
        ? `<span>${e(labels.projection)}: <b>${e(row.projected.text)}</b> ${e(labels.projectionAtDeadline)}</span>`
        : '',
    ];
    return [
      `<article class="sp-progress"${html.src(row.source)}>`,
      `<div class="sp-step-head"><h3 title="${e(row.id)}">${e(row.name)}</h3>${html.badge(row.status)}</div>`,
      `<div class="sp-meta">${facts.join('')}</div>`,
      progressChart(row),
      '</article>',
    ].join('\n');
  });
  return html.section(SECTION_IDS.progress, labels.progress, entries.join('\n'));
}

const WIDTH = 720;
const HEIGHT = 120;
const LEFT = 10;
const TOP = 10;

/** Baseline → results → target, the deadline marked, the projection dashed; its figures in its label. */
function progressChart(row: ProgressRow): string {
  const box = progressGeometry(row.chart, WIDTH - 2 * LEFT, HEIGHT - 2 * TOP);
  const at = (value: number, offset: number) => (value + offset).toFixed(1);
  const line = box.points.map((point) => `${at(point.x, LEFT)},${at(point.y, TOP)}`).join(' ');
  const dots = box.points
    .map(
      (point, position) =>
        `<circle class="${position === 0 ? 'sp-progress-baseline' : 'sp-progress-result'}" cx="${at(point.x, LEFT)}" cy="${at(point.y, TOP)}" r="4"></circle>`,
    )
    .join('');
  const projection = box.projection
    ? `<line class="sp-progress-projection" x1="${at(box.projection.x1, LEFT)}" y1="${at(box.projection.y1, TOP)}" x2="${at(box.projection.x2, LEFT)}" y2="${at(box.projection.y2, TOP)}" stroke-dasharray="5 4"></line>`
    : '';
  return [
    `<svg class="sp-chart sp-progress-chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${e(row.alt)}">`,
    `<line class="sp-progress-target" x1="${LEFT}" y1="${at(box.targetY, TOP)}" x2="${WIDTH - LEFT}" y2="${at(box.targetY, TOP)}" stroke-dasharray="2 3"></line>`,
    `<line class="sp-progress-deadline" x1="${at(box.deadlineX, LEFT)}" y1="${TOP}" x2="${at(box.deadlineX, LEFT)}" y2="${HEIGHT - TOP}"></line>`,
    projection,
    `<polyline class="sp-progress-line" points="${line}" fill="none"></polyline>`,
    dots,
    '</svg>',
  ].join('');
}
