export {
  assemblePlan,
  assemblePlanPausing,
  exportSettings,
  DEFAULT_ACCENT,
  SECTION_IDS,
  type AssembleOptions,
  type ExportSettings,
} from './assemble';
export { enumLabel, labelsFor, type Labels } from '../i18n/labels';
export type * from './model';
