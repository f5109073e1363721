// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { answerNewSession } from './auth.routes.ts';
export { sessionSchema } from './auth.schemas.ts';
export { hashPassword, passwordProblem, passwordRules } from './passwords.ts';
export { sessionCookieName } from './session-cookie.ts';
export {
  countRecentFailures,
  csrfTokenFor,
  endSessionByTokenHash,
  endSessionsOfUser,
  insertSession,
  newToken,
  recordFailure,
  tokenHash,
} from './sessions.repository.ts';
