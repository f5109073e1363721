// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { requestForPhotographer } from './clinics.policy.ts';
