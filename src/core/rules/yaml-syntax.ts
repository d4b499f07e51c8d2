import type { DocumentRule } from './rule';

export const yamlSyntax: DocumentRule = {
  id: 'yaml-syntax',
  scope: 'document',
  defaultSeverity: 'error',
  fixable: false,
  acceptsBrokenYaml: true,
  description: {
    en: 'The frontmatter is well-formed YAML, closed by a `---` line, in a UTF-8 file.',
    fr: 'Le frontmatter est du YAML bien formé, fermé par une ligne `---`, dans un fichier UTF-8.',
  },
  check(document, _context, report) {
    for (const problem of document.syntaxProblems) {
      report({
        file: document.file,
        range: problem.range,
        message: problem.message,
        related: problem.related?.map((related) => ({ file: document.file, ...related })),
      });
    }
  },
};
