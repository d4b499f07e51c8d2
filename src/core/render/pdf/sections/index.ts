import type { PlanModel } from '../../../report/model';
import type { SectionId } from '../../../report/sections';
import type { PdfBlocks } from '../blocks';
import type { Content } from '../theme';
import { validation } from './validation';
import { overview } from './overview';
import { objectives } from './objectives';
import { progress } from './progress';
import { monthAnalysis, monthResults, stepsDue } from './month';
import { steps } from './steps';
import { platforms } from './platforms';
import { resources } from './resources';
import { budget } from './budget';
import { timeline } from './timeline';
import { charter } from './charter';
import { annexes } from './annexes';
import { approvals } from './approvals';

/** One section of the report as document-definition content; `[]` leaves it out. */
export type PdfSection = (pdf: PdfBlocks, model: PlanModel) => Content[];

/** Every section of the registry (`report/sections.ts`) has its renderer here, or the build fails. */
export const PDF_SECTIONS: Record<SectionId, PdfSection> = {
  validation: (pdf, model) => validation(pdf, model.validation),
  overview: (pdf) => overview(pdf),
  objectives: (pdf, model) => objectives(pdf, model.objectives),
  monthResults: (pdf, model) => monthResults(pdf, model.month),
  progress: (pdf, model) => progress(pdf, model.progress),
  stepsDue: (pdf, model) => stepsDue(pdf, model.month),
  monthAnalysis: (pdf, model) => monthAnalysis(pdf, model.month),
  steps: (pdf, model) => steps(pdf, model.steps),
  platforms: (pdf, model) => platforms(pdf, model.platforms),
  resources: (pdf, model) => resources(pdf, model.resources),
  budget: (pdf, model) => budget(pdf, model.budget),
  timeline: (pdf, model) => timeline(pdf, model.timeline),
  charter: (pdf, model) => charter(pdf, model.charter),
  annexes: (pdf, model) => annexes(pdf, model.annexes),
  approvals: (pdf) => [approvals(pdf)],
};
