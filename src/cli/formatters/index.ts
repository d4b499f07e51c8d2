import { formatGithub } from './github';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';
import type { Formatter } from './types';

export type { FormatContext, Formatter, ReportedFinding, RuleInfo } from './types';

/** The values `socialplan lint --format` accepts; stylish is the default and comes first. */
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
};

/** Own keys only, so `--format toString` or `--format __proto__` is rejected rather than "found". */
export function isFormatName(value: unknown): value is FormatName {
  return typeof value === 'string' && Object.hasOwn(formatters, value);
}
