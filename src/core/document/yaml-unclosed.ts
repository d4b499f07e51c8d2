import { isCollection, isNode, isScalar, visit, type Document, type Node, type YAMLError } from 'yaml';

/** The three constructs `yaml` can leave open until the text runs out. */
export type Unclosed = 'UNCLOSED_QUOTE' | 'UNCLOSED_FLOW_SEQUENCE' | 'UNCLOSED_FLOW_MAP';

/** `yaml` reports an unclosed quote or bracket as MISSING_CHAR or BAD_INDENT; tell them apart. */
export function unclosedKind(code: string, detail: string): Unclosed | undefined {
  if (code === 'MISSING_CHAR' && /closing ["']quote/.test(detail)) return 'UNCLOSED_QUOTE';
  if (/end with a \]/.test(detail)) return 'UNCLOSED_FLOW_SEQUENCE';
  if (/end with a \}/.test(detail)) return 'UNCLOSED_FLOW_MAP';
  return undefined;
}

/**
 * The quote or bracket that an unclosed-construct error is about, in offsets of the YAML text:
 * `start` is the opening character (`opener`), `end` the end of what was written after it on its
 * own line (the whole rest of the line for a quote; the last item for a flow collection, whose
 * ` #` starts a comment), where its closing character (`closer`) belongs.
 */
export interface UnclosedOpening {
  kind: Unclosed;
  opener: string;
  closer: string;
  start: number;
  end: number;
}

const CLOSERS: Record<string, string> = { '[': ']', '{': '}', '"': '"', "'": "'" };

/**
 * `yaml` notices an unclosed quote or bracket where the text runs out or the indentation drops
 * (often lines later); its node ends exactly there. `undefined` for any other error.
 */
export function unclosedOpening(yaml: Document, yamlText: string, error: YAMLError): UnclosedOpening | undefined {
  const kind = unclosedKind(error.code, error.message);
  if (!kind) return undefined;
  let opening: Node | undefined;
  visit(yaml, (_key, node) => {
    if (!(isScalar(node) || isCollection(node)) || !node.range || node.range[1] !== error.pos[0]) return;
    const quoted = isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE');
    const flow = isCollection(node) && node.flow === true;
    if (kind === 'UNCLOSED_QUOTE' ? quoted : flow) opening = node;
  });
  const start = opening?.range?.[0];
  if (opening === undefined || start === undefined) return undefined;
  const opener = yamlText[start];
  const closer = CLOSERS[opener];
  if (closer === undefined) return undefined;
  const newline = yamlText.indexOf('\n', start);
  const lineEnd = start + yamlText.slice(start, newline === -1 ? yamlText.length : newline).trimEnd().length;
  if (kind === 'UNCLOSED_QUOTE') return { kind, opener, closer, start, end: Math.max(lineEnd, start + 1) };
  let end = start + 1;
  visit(opening, (_key, node) => {
    if (isNode(node) && node !== opening && node.range && node.range[1] <= lineEnd) end = Math.max(end, node.range[1]);
  });
  return { kind, opener, closer, start, end };
}
