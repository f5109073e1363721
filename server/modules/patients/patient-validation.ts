/**
 * Checks and normal forms for patient details. Pure: no clock (callers pass `today` as a London calendar
 * date), no I/O. Messages follow the NHS.UK design system's error message style: they name the field and
 * say how to put it right, so the web app can show them in the error summary as they are.
 */

/** The outcome of checking one field: the normal form to store, or the message to show beside the field. */
export type FieldCheck<T = string> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): FieldCheck<T> => ({ ok: true, value });
const refuse = (message: string): FieldCheck<never> => ({ ok: false, message });

// ---------------------------------------------------------------------------------------------------------
// NHS number

/**
 * The 10 digits of an NHS number typed with or without spaces or hyphens ("943 476 5919", "943-476-5919"),
 * or null when it is not 10 digits. Does not check the check digit: see {@link isValidNhsNumber}.
 */
export function normaliseNhsNumber(input: string): string | null {
  const digits = input.trim().replace(/[\s-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * Whether 10 digits form an NHS number with a correct Modulus 11 check digit: the first nine digits are
 * weighted 10 down to 2, and the check digit is 11 minus the remainder of their sum divided by 11, with 11
 * read as 0. A result of 10 means no NHS number can end that way, so the number is invalid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** An NHS number as people read it: "943 476 5919". */
export function formatNhsNumber(nhsNumber: string): string {
  const digits = normaliseNhsNumber(nhsNumber);
  if (!digits) throw new RangeError('An NHS number has 10 digits');
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}

/** Checks an NHS number as typed and gives its 10 digits. */
export function checkNhsNumber(input: string): FieldCheck {
  if (input.trim() === '') return refuse("Enter the patient's NHS number");
  const digits = normaliseNhsNumber(input);
  if (!digits) return refuse('NHS number must be 10 digits');
  if (!isValidNhsNumber(digits)) return refuse('Enter a valid NHS number');
  return ok(digits);
}

// ---------------------------------------------------------------------------------------------------------
// Dates of birth and ages

/** Calendar dates are ISO 'YYYY-MM-DD'; anything else, or a date that does not exist, gives null. */
function parseCalendarDate(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { year, month, day };
}

function requireCalendarDate(date: string, name: string) {
  const parsed = parseCalendarDate(date);
  if (!parsed) throw new RangeError(`Expected ${name} as a real date in the form YYYY-MM-DD, got "${date}"`);
  return parsed;
}

/** The oldest date of birth we accept: we refuse anyone said to be more than this many years old. */
export const maximumAgeYears = 120;

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The message to show for a date of birth, or null when it is acceptable. `today` is the London calendar
 * date. A date of birth of today is accepted (a newborn can be referred); a later one is refused, as is one
 * more than 120 years ago, which is almost always a typing slip in the year.
 */
export function validateDateOfBirth(dob: string, today: string): string | null {
  const now = requireCalendarDate(today, 'today');
  if (dob.trim() === '') return "Enter the patient's date of birth";
  if (!parseCalendarDate(dob)) return 'Date of birth must be a real date';
  if (dob > today) return 'Date of birth must be today or in the past';
  // 29 February 120 years back, in a year without one, rolls on to 1 March, as a birthday does.
  const earliest = new Date(Date.UTC(now.year - maximumAgeYears, now.month - 1, now.day));
  if (dob < earliest.toISOString().slice(0, 10))
    return `Date of birth must be on or after ${longDate.format(earliest)}`;
  return null;
}

/**
 * A person's age in whole years on a date. The birthday itself counts: someone born on 2008-11-23 is 18 on
 * 2026-11-23 and 17 the day before. A person born on 29 February turns a year older on 1 March in years
 * without a 29 February, as in England and Wales.
 */
export function ageOnDate(dob: string, onDate: string): number {
  const born = requireCalendarDate(dob, 'the date of birth');
  const on = requireCalendarDate(onDate, 'the date');
  let age = on.year - born.year;
  if (on.month < born.month || (on.month === born.month && on.day < born.day)) age -= 1;
  return age;
}

// ---------------------------------------------------------------------------------------------------------
// Postcodes

// The long-standing UK government pattern for a full postcode, with the special Girobank code GIR 0AA. It
// checks shape and the letters each position may hold, not that the postcode has been issued.
const postcodePattern =
  /^(GIR 0AA|[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]) \d[ABD-HJLNP-UW-Z]{2})$/;

/** Uppercase with exactly one space before the inward code ("nv14de" → "NV1 4DE"), or null if too short. */
export function normalisePostcode(input: string): string | null {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function isValidPostcode(input: string): boolean {
  const postcode = normalisePostcode(input);
  return postcode !== null && postcodePattern.test(postcode);
}

/** Checks a postcode and gives its normal form. */
export function checkPostcode(input: string): FieldCheck {
  if (input.trim() === '') return refuse('Enter a postcode');
  const postcode = normalisePostcode(input);
  if (!postcode || !postcodePattern.test(postcode)) return refuse('Enter a real postcode, like NV1 4DE');
  return ok(postcode);
}

/** The outward code ("NV1" from "NV1 4DE"), used to find the services that cover an area; null if invalid. */
export function postcodeDistrict(input: string): string | null {
  const postcode = normalisePostcode(input);
  if (!postcode || !postcodePattern.test(postcode)) return null;
  return postcode.split(' ')[0] ?? null;
}

// ---------------------------------------------------------------------------------------------------------
// Mobile numbers

// UK mobile ranges are 071–075 and 077–079, plus 07624 on the Isle of Man. 070 (personal numbers) and 076
// (pagers) look like mobiles but cannot receive a text message, so they are refused.
const ukMobileNationalPattern = /^7([1-57-9]\d{8}|624\d{6})$/;

/**
 * The E.164 form of a UK mobile number ("+447700900123") typed as "07700 900123", "+44 7700 900123",
 * "+44 (0)7700 900123", "0044 7700 900123" or "447700900123"; null for anything else, landlines included.
 */
export function normaliseUkMobile(input: string): string | null {
  const national = ukNationalNumber(input);
  return national !== null && ukMobileNationalPattern.test(national) ? `+44${national}` : null;
}

/** The national significant number (without the leading 0 or +44), or null if the input is not UK-shaped. */
function ukNationalNumber(input: string): string | null {
  const compact = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  for (const prefix of ['+44', '0044', '44', '0']) {
    if (compact.startsWith(prefix)) {
      const rest = compact.slice(prefix.length);
      return rest.startsWith('0') ? null : rest;
    }
  }
  return null;
}

/** Checks a mobile number for text messages and gives its E.164 form. */
export function checkUkMobile(input: string): FieldCheck {
  if (input.trim() === '') return refuse('Enter a mobile phone number');
  const mobile = normaliseUkMobile(input);
  if (mobile) return ok(mobile);
  const national = ukNationalNumber(input);
  // Landlines (01, 02, 03) are the common mistake: say so rather than call the number invalid.
  if (national !== null && /^[123]\d{8,9}$/.test(national))
    return refuse('Enter a mobile phone number, not a landline, like 07700 900 982');
  return refuse('Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982');
}

// ---------------------------------------------------------------------------------------------------------
// Email addresses

// Deliberately loose: a local part, one @, and a domain of dot-separated labels ending in a top-level domain
// of letters. Stricter RFC 5322 patterns refuse real addresses; the confirmation email is the real test.
const emailPattern = /^[^\s@]+@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** The address as typed less surrounding spaces, or null if it does not look like an email address. */
export function normaliseEmail(input: string): string | null {
  const email = input.trim();
  if (email.length > 254) return null;
  const [local] = email.split('@');
  if (local === undefined || local.length > 64) return null;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return null;
  return emailPattern.test(email) ? email : null;
}

/** Checks an email address and gives it trimmed. */
export function checkEmail(input: string): FieldCheck {
  if (input.trim() === '') return refuse('Enter an email address');
  const email = normaliseEmail(input);
  if (!email) return refuse('Enter an email address in the correct format, like name@example.com');
  return ok(email);
}
