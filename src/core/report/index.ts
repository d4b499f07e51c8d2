export {
  assemblePlan,
  assemblePlanPausing,
  exportSettings,
  DEFAULT_ACCENT,
  type AssembleOptions,
  type ExportSettings,
} from './assemble';
export { SECTION_IDS, SECTIONS, type Section, type SectionId } from './sections';
export { enumLabel, labelsFor, type Labels } from '../i18n/labels';
export type * from './model';
