import { isRecord } from '../util/guards';
import { keyRange } from '../document/yaml-location';
import type { PlanRule } from './rule';

export const imageAltText: PlanRule = {
  id: 'image-alt-text',
  scope: 'plan',
  defaultSeverity: 'warning',
  fixable: false,
  description: {
    en: 'Every image or video of a post has alternative text, for the people who cannot see it.',
    fr: 'Chaque image ou vidéo d’une publication a un texte alternatif, pour les personnes qui ne peuvent pas la voir.',
  },
  check(_plan, context, report) {
    const index = context.index;
    if (!index) return;
    for (const post of index.posts) {
      if (!Array.isArray(post.value.media)) continue;
      post.value.media.forEach((medium, position) => {
        if (!isRecord(medium) || (typeof medium.alt === 'string' && medium.alt.trim() !== '')) return;
        const path = [...post.path, 'media', position];
        const named =
          typeof medium.path === 'string' ? medium.path : typeof medium.url === 'string' ? medium.url : undefined;
        const what = named ? { en: ` (${named})`, fr: ` (${named})` } : { en: '', fr: '' };
        report({
          file: post.document.file,
          range: keyRange(post.document, typeof medium.alt === 'string' ? [...path, 'alt'] : path),
          message: {
            en: `This image${what.en} has no alternative text: write under \`alt:\` what it shows, in a sentence, so that screen readers can say it and the platform can show it when the image does not load.`,
            fr: `Cette image${what.fr} n’a pas de texte alternatif : écrivez sous \`alt:\` ce qu’elle montre, en une phrase, pour que les lecteurs d’écran le disent et que la plateforme l’affiche si l’image ne se charge pas.`,
          },
        });
      });
    }
  },
};
