// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export {
  ageOnDate,
  checkNhsNumber,
  checkPostcode,
  formatNhsNumber,
  isValidNhsNumber,
  isValidPostcode,
  normaliseEmail,
  normaliseNhsNumber,
  postcodeDistrict,
} from './patient-validation.ts';
export { findPatientsForSearch, findVisiblePatient, type FoundPatient } from './patients.repository.ts';
