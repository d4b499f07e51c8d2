import type { Labelled, Person, PlanModel, SourceRef } from '../../report/model';
import { escapeHtml as e } from '../../util/escape';
import type { HtmlOptions } from './report';

/** What every part of the HTML report is built with: the model, the options, and small pieces of markup. */
export class HtmlBlocks {
  constructor(
    readonly model: PlanModel,
    readonly options: HtmlOptions,
  ) {}

  get labels() {
    return this.model.labels;
  }

  /** Source attributes for the preview; nothing in an export. */
  src(source: SourceRef | undefined): string {
    if (!this.options.sourceAttributes || !source) return '';
    return ` data-sp-path="${e(source.path)}" data-sp-line="${source.line}"`;
  }

  section(id: string, title: string, content: string, source?: SourceRef, extraClass = ''): string {
    return `<section class="sp-section${extraClass}" id="${e(id)}"${this.src(source)}>\n<h2 class="sp-title">${e(title)}</h2>\n${content}\n</section>`;
  }

  badge(labelled: Labelled, kind = labelled.value): string {
    return `<span class="sp-badge sp-badge-${e(kind)}">${e(labelled.label)}</span>`;
  }

  empty(text: string): string {
    return `<p class="sp-muted">${e(text)}</p>`;
  }

  person(person: Person | undefined): string {
    return person ? e(person.name) : '';
  }
}

/** A table; headers ending in `#` are numeric columns (right-aligned), the `#` is not shown. */
export function table(headers: string[], rows: string[], footer = ''): string {
  const head = headers
    .map((header) =>
      header.endsWith('#') ? `<th class="sp-num">${e(header.slice(0, -1))}</th>` : `<th>${e(header)}</th>`,
    )
    .join('');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>${footer ? `\n<tfoot>${footer}</tfoot>` : ''}\n</table>`;
}

export function card(label: string, value: string): string {
  return `<div class="sp-card"><span>${e(label)}</span><b>${e(value)}</b></div>`;
}
