import { routes, type SitePath } from '../routes';
import type { PendingStep } from './pending-step';

/** The one page an account with a pending step may open (./pending-step.ts). */
export function pendingStepPage(step: PendingStep): SitePath {
  return step === 'change_password' ? routes.accountPassword() : routes.accountTwoFactor();
}
