/** "943 476 5919", the way NHS numbers are printed (3-3-4); anything that is not 10 digits is left alone. */
export function formatNhsNumber(nhsNumber: string): string {
  const digits = nhsNumber.replace(/\s/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : nhsNumber;
}
