// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { applyTransition } from './apply-transition.ts';
export { checkConversion, convertToReferral } from './convert-to-referral.ts';
export { allowedActions, isTerminal, mayPerform, requestStates, type RequestState } from './lifecycle.ts';
export { listMessages, listTransitions } from './messages.repository.ts';
export { readableOrganisations, requestForChange } from './requests.policy.ts';
export {
  currentConsent,
  findVisibleRequest,
  insertConsent,
  listLesions,
  requestVisibleTo,
  touchRequest,
  type Consent,
  type RequestRow,
} from './requests.repository.ts';
export { eligibilitySchema, lesionSchema } from './requests.schemas.ts';
export { sendMessage } from './send-message.ts';
