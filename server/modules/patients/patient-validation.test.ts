import { describe, expect, test } from 'vitest';
import {
  ageOnDate,
  checkEmail,
  checkNhsNumber,
  checkPostcode,
  checkUkMobile,
  formatNhsNumber,
  isValidNhsNumber,
  isValidPostcode,
  normaliseEmail,
  normaliseNhsNumber,
  normalisePostcode,
  normaliseUkMobile,
  postcodeDistrict,
  validateDateOfBirth,
} from './patient-validation.ts';

describe('NHS number', () => {
  test.each([
    ['9434765919', '9434765919'],
    ['943 476 5919', '9434765919'],
    ['943-476-5919', '9434765919'],
    ['  943 476 5919 ', '9434765919'],
    ['9434 76 5919', '9434765919'],
    ['943476591', null],
    ['94347659190', null],
    ['943 476 591X', null],
    ['943.476.5919', null],
    ['', null],
  ])('normaliseNhsNumber(%j) → %j', (input, expected) => {
    expect(normaliseNhsNumber(input)).toBe(expected);
  });

  test.each([
    ['9434765919', true, 'check digit 9'],
    ['9434765870', true, 'weighted sum divisible by 11: check 11 is read as 0'],
    ['4010232137', true, 'check digit 7'],
    ['9990000026', true, 'a test-range number'],
    ['9434765918', false, 'wrong check digit'],
    ['9434765871', false, 'check digit should be 0'],
    ['1234567890', false, 'check 10: no valid number has these first nine digits'],
    ['1234567891', false, 'check 10 whatever the last digit'],
    ['943476591', false, 'nine digits'],
    ['943 476 5919', false, 'takes the 10 digits, not the typed form'],
  ])('isValidNhsNumber(%s) → %s (%s)', (digits, expected) => {
    expect(isValidNhsNumber(digits)).toBe(expected);
  });

  test('a single changed digit is always caught', () => {
    const valid = '9434765919';
    for (let position = 0; position < 10; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        const changed = valid.slice(0, position) + String(digit) + valid.slice(position + 1);
        if (changed !== valid) expect(isValidNhsNumber(changed)).toBe(false);
      }
    }
  });

  test('formatNhsNumber groups 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919');
    expect(formatNhsNumber('943-476-5919')).toBe('943 476 5919');
    expect(() => formatNhsNumber('12345')).toThrow(RangeError);
  });

  test.each([
    ['943 476 5919', { ok: true, value: '9434765919' }],
    ['', { ok: false, message: "Enter the patient's NHS number" }],
    ['   ', { ok: false, message: "Enter the patient's NHS number" }],
    ['943 476 591', { ok: false, message: 'NHS number must be 10 digits' }],
    ['ABC 476 5919', { ok: false, message: 'NHS number must be 10 digits' }],
    ['943 476 5918', { ok: false, message: 'Enter a valid NHS number' }],
  ])('checkNhsNumber(%j)', (input, expected) => {
    expect(checkNhsNumber(input)).toEqual(expected);
  });
});

describe('date of birth', () => {
  const today = '2026-11-23';

  test.each<[string, string | null, string]>([
    ['1980-05-17', null, 'an ordinary adult'],
    ['2026-11-23', null, 'born today'],
    ['2026-11-22', null, 'born yesterday'],
    ['1906-11-23', null, 'exactly 120 years ago'],
    ['2000-02-29', null, 'a real leap day'],
    ['2026-11-24', 'Date of birth must be today or in the past', 'tomorrow'],
    ['2030-01-01', 'Date of birth must be today or in the past', 'years ahead'],
    ['1906-11-22', 'Date of birth must be on or after 23 November 1906', 'a day more than 120 years ago'],
    ['1066-10-14', 'Date of birth must be on or after 23 November 1906', 'a slip in the year'],
    ['2001-02-29', 'Date of birth must be a real date', 'no 29 February in 2001'],
    ['2026-13-01', 'Date of birth must be a real date', 'month 13'],
    ['2026-04-31', 'Date of birth must be a real date', '31 April'],
    ['17/05/1980', 'Date of birth must be a real date', 'not ISO'],
    ['1980-5-17', 'Date of birth must be a real date', 'unpadded'],
    ['', "Enter the patient's date of birth", 'empty'],
  ])('validateDateOfBirth(%j) → %j (%s)', (dob, expected) => {
    expect(validateDateOfBirth(dob, today)).toBe(expected);
  });

  test('120 years back from 29 February lands on 1 March', () => {
    expect(validateDateOfBirth('1908-02-29', '2028-02-29')).toBeNull();
    expect(validateDateOfBirth('1908-02-28', '2028-02-29')).toBe('Date of birth must be on or after 29 February 1908');
    // 1900 was not a leap year, so 120 years before 29 February 2020 is taken as 1 March 1900.
    expect(validateDateOfBirth('1900-03-01', '2020-02-29')).toBeNull();
    expect(validateDateOfBirth('1900-02-28', '2020-02-29')).toBe('Date of birth must be on or after 1 March 1900');
  });

  test('refuses a malformed today as a programming error', () => {
    expect(() => validateDateOfBirth('1980-01-01', '23/11/2026')).toThrow(RangeError);
  });
});

describe('ageOnDate', () => {
  test.each([
    ['2008-11-23', '2026-11-23', 18, 'the 18th birthday itself counts'],
    ['2008-11-24', '2026-11-23', 17, 'the day before the 18th birthday'],
    ['2008-11-22', '2026-11-23', 18, 'the day after'],
    ['2008-12-01', '2026-11-23', 17, 'a later month'],
    ['2008-01-31', '2026-11-23', 18, 'an earlier month'],
    ['2026-11-23', '2026-11-23', 0, 'born today'],
    ['1906-11-23', '2026-11-23', 120, '120 today'],
    ['2008-02-29', '2026-02-28', 17, 'leap-day baby, not yet 18 on 28 February'],
    ['2008-02-29', '2026-03-01', 18, 'leap-day baby is 18 on 1 March in a common year'],
    ['2008-02-29', '2028-02-29', 20, 'leap-day baby in a leap year'],
  ])('born %s, on %s → %i (%s)', (dob, onDate, expected) => {
    expect(ageOnDate(dob, onDate)).toBe(expected);
  });

  test('refuses an unreal date', () => {
    expect(() => ageOnDate('2001-02-29', '2026-11-23')).toThrow(RangeError);
  });
});

describe('postcode', () => {
  test.each([
    ['nv14de', 'NV1 4DE'],
    ['NV1 4DE', 'NV1 4DE'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['m11ae', 'M1 1AE'],
    ['gir0aa', 'GIR 0AA'],
    ['abc', null],
    ['SW1A1AAA1', null],
  ])('normalisePostcode(%j) → %j', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  test.each([
    ['NV1 4DE', true, 'A9 shape district, two letters'],
    ['SW1A 1AA', true, 'AA9A'],
    ['EC1A 1BB', true, 'AA9A'],
    ['W1A 0AX', true, 'A9A'],
    ['M1 1AE', true, 'A9'],
    ['B33 8TH', true, 'A99'],
    ['CR2 6XH', true, 'AA9'],
    ['DN55 1PT', true, 'AA99'],
    ['LS1 4AP', true, 'Leeds'],
    ['GIR 0AA', true, 'Girobank'],
    ['gir 0aa', true, 'lower case Girobank'],
    ['QA1 1AA', false, 'Q never starts a postcode'],
    ['NV1 4CE', false, 'C is never in the inward code'],
    ['NV1 ADE', false, 'inward code starts with a digit'],
    ['NVV 4DE', false, 'outward code needs a digit'],
    ['1V1 4DE', false, 'starts with a digit'],
    ['NV1', false, 'outward code only'],
    ['', false, 'empty'],
    ['NV1-4DE', false, 'hyphen'],
  ])('isValidPostcode(%j) → %s (%s)', (input, expected) => {
    expect(isValidPostcode(input)).toBe(expected);
  });

  test.each([
    ['NV1 4DE', 'NV1'],
    ['sw1a1aa', 'SW1A'],
    ['DN55 1PT', 'DN55'],
    ['GIR 0AA', 'GIR'],
    ['not a postcode', null],
  ])('postcodeDistrict(%j) → %j', (input, expected) => {
    expect(postcodeDistrict(input)).toBe(expected);
  });

  test.each([
    ['nv1 4de', { ok: true, value: 'NV1 4DE' }],
    ['', { ok: false, message: 'Enter a postcode' }],
    ['NV1 4CE', { ok: false, message: 'Enter a real postcode, like NV1 4DE' }],
    ['12345', { ok: false, message: 'Enter a real postcode, like NV1 4DE' }],
  ])('checkPostcode(%j)', (input, expected) => {
    expect(checkPostcode(input)).toEqual(expected);
  });
});

describe('UK mobile', () => {
  test.each([
    ['07700 900123', '+447700900123'],
    ['07700900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+447700900123', '+447700900123'],
    ['447700900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['(07700) 900123', '+447700900123'],
    ['07123 456789', '+447123456789'],
    ['07624 123456', '+447624123456'],
    ['07911 123456', '+447911123456'],
  ])('normaliseUkMobile(%j) → %s', (input, expected) => {
    expect(normaliseUkMobile(input)).toBe(expected);
  });

  test.each([
    ['020 7946 0000', 'London landline'],
    ['0113 496 0000', 'Leeds landline'],
    ['0300 123 4567', 'non-geographic 03'],
    ['0800 123 4567', 'freephone'],
    ['07000 123456', '070 personal number'],
    ['07612 345678', '076 pager'],
    ['07700 90012', 'too short'],
    ['07700 9001234', 'too long'],
    ['+33 6 12 34 56 78', 'a French mobile'],
    ['+44 07700 900123', 'a 0 after +44 without brackets'],
    ['7700 900123', 'no prefix'],
    ['phone me', 'junk'],
    ['07700 9OO123', 'letter O for zero'],
  ])('normaliseUkMobile refuses %j (%s)', (input) => {
    expect(normaliseUkMobile(input)).toBeNull();
  });

  test.each([
    ['07700 900123', { ok: true, value: '+447700900123' }],
    ['', { ok: false, message: 'Enter a mobile phone number' }],
    ['020 7946 0000', { ok: false, message: 'Enter a mobile phone number, not a landline, like 07700 900 982' }],
    ['+44 113 496 0000', { ok: false, message: 'Enter a mobile phone number, not a landline, like 07700 900 982' }],
    ['0800 123 4567', { ok: false, message: 'Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982' }],
    ['hello', { ok: false, message: 'Enter a UK mobile phone number, like 07700 900 982 or +44 7700 900 982' }],
  ])('checkUkMobile(%j)', (input, expected) => {
    expect(checkUkMobile(input)).toEqual(expected);
  });
});

describe('email', () => {
  test.each([
    ['name@example.com', 'name@example.com'],
    ['  name@example.com  ', 'name@example.com'],
    ['first.last+tag@nhs.net', 'first.last+tag@nhs.net'],
    ['j.smith@practice.nhs.uk', 'j.smith@practice.nhs.uk'],
    ["o'brien@example.co.uk", "o'brien@example.co.uk"],
    ['Name@Example.COM', 'Name@Example.COM'],
  ])('normaliseEmail(%j) → %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  test.each([
    ['name', 'no @'],
    ['name@', 'no domain'],
    ['@example.com', 'no local part'],
    ['name@example', 'no top-level domain'],
    ['name@@example.com', 'two @'],
    ['na me@example.com', 'a space'],
    ['name@exa mple.com', 'a space in the domain'],
    ['name@-example.com', 'label starts with a hyphen'],
    ['name@example..com', 'empty label'],
    ['.name@example.com', 'local part starts with a dot'],
    ['na..me@example.com', 'two dots in the local part'],
    ['name@example.c', 'one-letter top-level domain'],
    [`${'a'.repeat(65)}@example.com`, 'local part over 64'],
    [`name@${'a'.repeat(250)}.com`, 'over 254 in all'],
  ])('normaliseEmail refuses %j (%s)', (input) => {
    expect(normaliseEmail(input)).toBeNull();
  });

  test.each([
    [' name@example.com', { ok: true, value: 'name@example.com' }],
    ['', { ok: false, message: 'Enter an email address' }],
    ['name@example', { ok: false, message: 'Enter an email address in the correct format, like name@example.com' }],
  ])('checkEmail(%j)', (input, expected) => {
    expect(checkEmail(input)).toEqual(expected);
  });
});
