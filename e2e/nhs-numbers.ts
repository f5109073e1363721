import { randomInt } from 'node:crypto';

/** The Modulus 11 check digit of nine digits, or null when there is none (those nine digits are never issued). */
function checkDigit(nine: string): number | null {
  const sum = [...nine].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/**
 * A valid NHS number of its own for each test: the service keeps one record per NHS number, and tests run in
 * parallel against one database, so sharing a number would tie their patients together.
 */
export function uniqueNhsNumber(): string {
  for (;;) {
    const nine = `9${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
    const check = checkDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
}

/** The same number with its check digit changed, so only the check digit is wrong. */
export function withWrongCheckDigit(nhsNumber: string): string {
  const last = Number(nhsNumber.slice(-1));
  return `${nhsNumber.slice(0, 9)}${(last + 1) % 10}`;
}
