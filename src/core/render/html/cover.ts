import { escapeHtml as e } from '../../util/escape';
import { isLogoDataUri } from '../logo';
import type { HtmlBlocks } from './blocks';

/** What comes before the sections: the cover page and the table of contents. */

export function cover(html: HtmlBlocks): string {
  const { cover, labels } = html.model;
  const logo =
    html.options.logoDataUri && isLogoDataUri(html.options.logoDataUri)
      ? `<img class="sp-logo" src="${e(html.options.logoDataUri)}" alt="">`
      : '';
  const facts = cover.facts.map(
    (fact) => `<dt>${e(fact.label)}</dt><dd>${fact.badge ? html.badge(fact.badge) : e(fact.text)}</dd>`,
  );
  return [
    `<header class="sp-cover" id="sp-cover"${html.src(cover.source)}>`,
    `<div class="sp-cover-top"><div class="sp-eyebrow">${e(cover.agency ?? '')}</div>${logo}</div>`,
    '<div class="sp-cover-main">',
    `<h1>${e(cover.title)}</h1>`,
    `<dl class="sp-facts">${facts.join('')}</dl>`,
    cover.draft ? `<div class="sp-draft-banner">${e(labels.draftNotice)}</div>` : '',
    '</div>',
    `<div class="sp-cover-bottom"><span>${e(html.model.branding.footer ?? '')}</span><span>${e(cover.agency ?? '')}</span></div>`,
    '</header>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export function contents(html: HtmlBlocks): string {
  let major = 0;
  const items = html.model.toc.map((entry) => {
    const number = entry.level === 1 ? `<span class="sp-toc-n">${++major}</span>` : '';
    return `<li class="sp-toc-${entry.level}"><a href="#${e(entry.id)}">${number}<span>${e(entry.title)}</span></a></li>`;
  });
  return `<nav class="sp-toc" id="sp-contents" aria-labelledby="sp-contents-title">\n<h2 class="sp-title" id="sp-contents-title">${e(html.labels.contents)}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</nav>`;
}
