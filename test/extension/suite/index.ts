import { runMocha } from '../run-mocha';

/** Entry point of the integration tests in a trusted workspace (the harness passes its path). */
export function run(): Promise<void> {
  return runMocha(() => {
    require('./diagnostics.test');
    require('./plan-view.test');
    require('./code-actions.test');
    require('./new-plan.test');
    require('./l10n.test');
    require('./language.test');
    require('./preview.test');
    require('./export.test');
    require('./onboarding.test');
    require('./session.test');
  });
}
