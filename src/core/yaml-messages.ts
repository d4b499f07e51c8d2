import type { Localized } from './types';

/** Plain-language explanations of the `yaml` package's error codes, in English and French. */
const EXPLANATIONS: Record<string, Localized> = {
  DUPLICATE_KEY: {
    en: 'This key appears twice in the same mapping: keep one of them.',
    fr: 'Cette clé apparaît deux fois dans le même bloc : n’en gardez qu’une.',
  },
  TAB_AS_INDENT: {
    en: 'Tabs cannot indent YAML: indent with spaces.',
    fr: 'Une tabulation ne peut pas indenter du YAML : indentez avec des espaces.',
  },
  BAD_INDENT: {
    en: 'The indentation here does not line up with the keys around it.',
    fr: 'L’indentation ici ne s’aligne pas avec les clés voisines.',
  },
  MISSING_CHAR: {
    en: 'A closing character is missing (a quote, `]` or `}`).',
    fr: 'Il manque un caractère fermant (un guillemet, `]` ou `}`).',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'A key cannot span several lines: is a `:` or a quote missing on the line before?',
    fr: 'Une clé ne peut pas s’étendre sur plusieurs lignes : manque-t-il un `:` ou un guillemet à la ligne précédente ?',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'A nested block cannot be used as a key: check the indentation and the `:`.',
    fr: 'Un bloc imbriqué ne peut pas servir de clé : vérifiez l’indentation et les `:`.',
  },
  UNEXPECTED_TOKEN: {
    en: 'Unexpected text here: check the indentation, a missing `:` or an unquoted special character.',
    fr: 'Texte inattendu ici : vérifiez l’indentation, un `:` manquant ou un caractère spécial non cité.',
  },
  BAD_SCALAR_START: {
    en: 'A value cannot start with this character unless it is quoted.',
    fr: 'Une valeur ne peut pas commencer par ce caractère sans guillemets.',
  },
  BAD_DQ_ESCAPE: {
    en: 'Invalid escape sequence inside double quotes: use single quotes or escape the backslash.',
    fr: 'Séquence d’échappement invalide entre guillemets doubles : utilisez des apostrophes ou doublez la barre oblique inverse.',
  },
  BAD_ALIAS: {
    en: 'This alias refers to an anchor that does not exist.',
    fr: 'Cet alias renvoie à une ancre qui n’existe pas.',
  },
  MULTIPLE_DOCS: {
    en: 'The frontmatter holds several YAML documents: remove the extra `---`.',
    fr: 'Le frontmatter contient plusieurs documents YAML : retirez le `---` en trop.',
  },
  ALIAS_EXPANSION: {
    en: 'The aliases in this frontmatter expand to too much data.',
    fr: 'Les alias de ce frontmatter produisent trop de données.',
  },
};

export function yamlErrorMessage(code: string, detail: string): Localized {
  const firstLine = detail.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').trim();
  const explanation = EXPLANATIONS[code];
  if (!explanation) {
    return { en: `YAML syntax error: ${firstLine}`, fr: `Erreur de syntaxe YAML : ${firstLine}` };
  }
  return {
    en: `YAML syntax error: ${explanation.en} (${firstLine})`,
    fr: `Erreur de syntaxe YAML : ${explanation.fr} (${firstLine})`,
  };
}
