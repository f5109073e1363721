// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export {
  tellOfEligibility,
  tellOfEscalation,
  tellOfMessage,
  tellOfOutcome,
  tellOfReturn,
} from './tell-request-events.ts';
