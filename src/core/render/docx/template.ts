import { readFileSync, statSync } from 'node:fs';
import type { Localized } from '../../types';

/**
 * The styles of the agency's Word template (`export.docx.template`, a .dotx or a .docx): its
 * `word/styles.xml`, which the Word export takes whole in place of its own styles (fonts, sizes,
 * colours and spacing of Normal, the headings, the title, the contents, tables, links).
 */

/** A template is a zip of a few hundred kilobytes; anything this large is not one. */
const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;

type Unzip = typeof import('fflate').unzipSync;

export function readTemplateStyles(file: string, unzipSync: Unzip): { styles: string } | { problem: Localized } {
  const leftOut = (en: string, fr: string): { problem: Localized } => ({
    problem: {
      en: `The Word template ${file} ${en}; the Word file uses SocialPlan's own styles.`,
      fr: `Le modèle Word ${file} ${fr} ; le fichier Word prend les styles de SocialPlan.`,
    },
  });
  let bytes: Buffer;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return leftOut('is not a file', 'n’est pas un fichier');
    if (stats.size > MAX_TEMPLATE_BYTES) return leftOut('is larger than 20 MB', 'dépasse 20 Mo');
    bytes = readFileSync(file);
  } catch {
    return leftOut('cannot be read', 'est illisible');
  }
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (entry) => entry.name === 'word/styles.xml' });
  } catch {
    return leftOut('is not a Word file (.dotx or .docx)', 'n’est pas un fichier Word (.dotx ou .docx)');
  }
  const styles = entries['word/styles.xml'];
  if (!styles) return leftOut('has no styles (word/styles.xml)', 'n’a pas de styles (word/styles.xml)');
  const xml = Buffer.from(styles).toString('utf8');
  if (!/<w:styles[\s>]/.test(xml))
    return leftOut('has no styles (word/styles.xml)', 'n’a pas de styles (word/styles.xml)');
  return { styles: xml };
}

/**
 * The template's styles with the plan's language as the default of every run (`w:docDefaults`),
 * so that Word checks the spelling in the plan's language whatever the template was written in.
 */
export function withLanguage(styles: string, language: string): string {
  const lang = `<w:lang w:val="${language}"/>`;
  const defaults = /<w:rPrDefault>\s*<w:rPr>([\s\S]*?)<\/w:rPr>\s*<\/w:rPrDefault>/.exec(styles);
  if (defaults) {
    const properties = defaults[1].replace(/<w:lang\b[^>]*\/>/g, '');
    // CT_RPr is a sequence: w:lang comes after the fonts, sizes and colours, before w:eastAsianLayout and what follows.
    const tail = /<w:(?:eastAsianLayout|specVanish|oMath)\b/.exec(properties);
    const merged = tail
      ? `${properties.slice(0, tail.index)}${lang}${properties.slice(tail.index)}`
      : `${properties}${lang}`;
    return `${styles.slice(0, defaults.index)}<w:rPrDefault><w:rPr>${merged}</w:rPr></w:rPrDefault>${styles.slice(defaults.index + defaults[0].length)}`;
  }
  const docDefaults = /<w:docDefaults>/.exec(styles);
  if (docDefaults)
    return `${styles.slice(0, docDefaults.index)}<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault>${styles.slice(docDefaults.index + docDefaults[0].length)}`;
  const root = /<w:styles\b[^>]*>/.exec(styles);
  if (!root) return styles;
  const at = root.index + root[0].length;
  return `${styles.slice(0, at)}<w:docDefaults><w:rPrDefault><w:rPr>${lang}</w:rPr></w:rPrDefault></w:docDefaults>${styles.slice(at)}`;
}
