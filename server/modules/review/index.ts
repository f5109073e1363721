// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { diagnosisByCode } from './diagnoses.ts';
export { claimOf, earlierRequests, listOutcomes, type OutcomeRow } from './review.repository.ts';
export { outcomeSchema } from './review.schemas.ts';
