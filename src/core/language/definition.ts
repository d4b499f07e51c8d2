import { dirname, resolve } from 'node:path';
import { isRecord } from '../util/guards';
import { NodeFileHost } from '../workspace/host';
import { siteIdRange, type IdKind } from '../workspace/plan-index';
import { valueRange } from '../document/yaml-location';
import {
  analyse,
  idAtCursor,
  type Analysis,
  type LanguageEnvironment,
  type LanguageRequest,
  type SourceLocation,
} from './analysis';

/**
 * Go to definition: from an id to where the plan defines it (`- id: marie` under `resources`),
 * from a step to its definition in the plan's custom method, from `charter:` to the charter file.
 * On a definition itself, the answer is that definition.
 */
export function definition(request: LanguageRequest, environment: LanguageEnvironment = {}): SourceLocation[] {
  const analysis = analyse(request, environment);
  if (!analysis?.index) return [];
  const id = idAtCursor(analysis);
  if (id && id.target !== 'step') {
    return (analysis.index.definitions[id.target].get(id.id) ?? []).map((site) => ({
      file: site.document.file,
      range: siteIdRange(site),
    }));
  }
  if (id?.target === 'step') return customStepDefinition(analysis, id.id);
  const { cursor } = analysis;
  if (
    analysis.kind === 'plan' &&
    cursor.target === 'value' &&
    cursor.path.length === 1 &&
    cursor.path[0] === 'charter' &&
    cursor.word !== ''
  ) {
    const charter = resolve(dirname(request.file), cursor.word);
    // A charter that is not there is a finding (plan-structure), not a place to go.
    const exists = environment.linter
      ? environment.linter.documents.isFile(charter)
      : new NodeFileHost().isFile(charter);
    return exists ? [{ file: charter, range: { start: 0, end: 0 } }] : [];
  }
  return [];
}

/**
 * Find references: every place of the plan that uses the id at the cursor (a reference or its
 * definition), plus its definitions when `includeDeclaration` is set.
 */
export function references(
  request: LanguageRequest,
  environment: LanguageEnvironment = {},
  includeDeclaration = true,
): SourceLocation[] {
  const analysis = analyse(request, environment);
  if (!analysis?.index) return [];
  const id = idAtCursor(analysis);
  if (!id || id.target === 'step') return [];
  return referencesTo(analysis, id.target, id.id, includeDeclaration);
}

function referencesTo(analysis: Analysis, kind: IdKind, id: string, includeDeclaration: boolean): SourceLocation[] {
  const index = analysis.index;
  if (!index) return [];
  const found: SourceLocation[] = [];
  if (includeDeclaration) {
    for (const site of index.definitions[kind].get(id) ?? [])
      found.push({ file: site.document.file, range: siteIdRange(site) });
  }
  for (const reference of index.references) {
    if (reference.kind === kind && reference.id === id)
      found.push({ file: reference.document.file, range: valueRange(reference.document, reference.path) });
  }
  return found;
}

/** A step of a custom method is defined in the plan document, under `method.steps`. */
function customStepDefinition(analysis: Analysis, stepId: string): SourceLocation[] {
  const index = analysis.index;
  if (!index || index.planDocument.kind !== 'plan') return [];
  const method = index.plan.method;
  if (!isRecord(method) || !Array.isArray(method.steps)) return [];
  const position = method.steps.findIndex((step) => isRecord(step) && step.id === stepId);
  if (position === -1) return [];
  return [
    { file: index.planDocument.file, range: valueRange(index.planDocument, ['method', 'steps', position, 'id']) },
  ];
}
