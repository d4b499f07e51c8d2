import { DOCUMENT_KINDS, type SocialDocument } from '../document/document';
import { closest } from '../util/suggest';
import { keyRange, valueRange } from '../document/yaml-location';
import type { DocumentRule, Reporter } from './rule';
import { schemaFixes } from './schema-fixes';

export const schema: DocumentRule = {
  id: 'schema',
  scope: 'document',
  defaultSeverity: 'error',
  fixable: true,
  description: {
    en: 'The frontmatter follows the bundled JSON Schemas and any agency schema set in the config.',
    fr: 'Le frontmatter respecte les schémas JSON fournis et les schémas d’agence déclarés dans la configuration.',
  },
  check(document, context, report) {
    if (document.kind === undefined) {
      reportUnknownKind(document, report);
      return;
    }
    const compiled = [context.schemas.forKind(document.kind), ...context.customSchemas];
    const seen = new Set<string>();
    for (const schemaToUse of compiled)
      for (const problem of context.schemas.validate(schemaToUse, document.data)) {
        const range = problem.target === 'key' ? keyRange(document, problem.path) : valueRange(document, problem.path);
        const identity = `${range.start}:${problem.message.en}`;
        if (seen.has(identity)) continue;
        seen.add(identity);
        const fixes = schemaFixes(document, problem, context.schemas, schemaToUse);
        report({ file: document.file, range, message: problem.message, fixes: fixes.length > 0 ? fixes : undefined });
      }
  },
};

function reportUnknownKind(document: SocialDocument, report: Reporter): void {
  const written = String(document.data.socialplan ?? '');
  const suggestion = closest(written, DOCUMENT_KINDS);
  const list = DOCUMENT_KINDS.map((kind) => `\`${kind}\``).join(', ');
  report({
    file: document.file,
    range: valueRange(document, ['socialplan']),
    message: {
      en: `\`socialplan\` must be one of ${list}; found \`${written}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`,
      fr: `\`socialplan\` doit être l’une des valeurs ${list} ; trouvé \`${written}\`.${suggestion ? ` Vouliez-vous dire \`${suggestion}\` ?` : ''}`,
    },
  });
}
