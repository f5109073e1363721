import { describe, expect, test } from 'vitest';
import { diagnoses, diagnosisByCode, diagnosisSource } from './diagnoses.ts';

/** Verhoeff dihedral-group multiplication table. */
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];

/** Verhoeff permutation table. */
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

function verhoeffValid(digits: string): boolean {
  let check = 0;
  const reversed = [...digits].reverse();
  for (let i = 0; i < reversed.length; i++) {
    check = D[check]![P[i % 8]![Number(reversed[i])]!]!;
  }
  return check === 0;
}

/**
 * A SNOMED CT concept identifier: 6 to 18 digits, no leading zero, a valid Verhoeff check digit, and a partition
 * identifier (the second- and third-last digits) of 00 (short-format concept) or 10 (long-format concept).
 */
function isValidSctid(id: string): boolean {
  if (!/^[1-9]\d{5,17}$/.test(id)) return false;
  const partition = id.slice(-3, -1);
  if (partition !== '00' && partition !== '10') return false;
  return verhoeffValid(id);
}

/** Words that do not belong in the patient's letter. */
const JARGON = [
  'neoplasm',
  'erythematous',
  'keratinocyte',
  'lesion',
  'malignant',
  'benign',
  'carcinoma',
  'dermatophyte',
  'epidermis',
  'dermal',
  'papule',
  'plaque',
  'macule',
  'pustule',
  'vesicle',
  'pruritus',
  'pruritic',
  'idiopathic',
  'aetiology',
  'melanocytic',
  'naevus',
  'histiocytoma',
  'corticosteroid',
];

const wordCount = (text: string) => text.trim().split(/\s+/).length;

describe('isValidSctid', () => {
  test('accepts known concept ids in short and long format', () => {
    expect(isValidSctid('9014002')).toBe(true);
    expect(isValidSctid('201101007')).toBe(true);
    expect(isValidSctid('1251000119106')).toBe(true);
  });

  test('rejects a wrong check digit, a non-concept partition, and things that are not ids', () => {
    expect(isValidSctid('9014003')).toBe(false);
    expect(isValidSctid('109264001')).toBe(false);
    // A valid description id (partition 01) is not a concept id.
    expect(isValidSctid('1186816019')).toBe(false);
    expect(isValidSctid('')).toBe(false);
    expect(isValidSctid('09014002')).toBe(false);
    expect(isValidSctid('L82')).toBe(false);
  });
});

describe('diagnoses', () => {
  test('there are at least 60 of them', () => {
    expect(diagnoses.length).toBeGreaterThanOrEqual(60);
  });

  test('every code is a valid SNOMED CT concept id', () => {
    const invalid = diagnoses.filter((d) => !isValidSctid(d.code)).map((d) => `${d.code} ${d.term}`);
    expect(invalid).toEqual([]);
  });

  test('codes and terms are unique', () => {
    const codes = diagnoses.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    const terms = diagnoses.map((d) => d.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
  });

  test('every required field is filled in', () => {
    for (const d of diagnoses) {
      expect(d.term.trim(), d.code).not.toBe('');
      expect(d.layName.trim(), d.code).not.toBe('');
      expect(d.layExplanation.trim(), d.code).not.toBe('');
      expect(d.planTemplate.trim(), d.code).not.toBe('');
      expect(d.group, d.code).toBeTruthy();
      // A cancer is exactly a malignant diagnosis: the flag that offers the urgent pathway cannot drift from the group.
      expect(d.cancer, d.code).toBe(d.group === 'malignant');
      for (const leaflet of d.leaflets) {
        expect(leaflet.title.trim(), d.code).not.toBe('');
        expect(leaflet.url, d.code).toMatch(/^https:\/\/www\.nhs\.uk\/|^https:\/\/[a-z.]+\.(org\.uk|nhs\.uk)\//);
      }
    }
  });

  test('terms use UK spelling', () => {
    for (const d of diagnoses) {
      expect(d.term, d.code).not.toMatch(/\bnevus|\bnevi\b|\bhemangioma|seborrheic|\btumor\b|\bedema\b|\bhemorrh/i);
    }
  });

  test('lay explanations are short and free of jargon', () => {
    for (const d of diagnoses) {
      expect(wordCount(d.layExplanation), d.code).toBeLessThanOrEqual(60);
      const sentences = d.layExplanation.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length, d.code).toBeGreaterThanOrEqual(1);
      expect(sentences.length, d.code).toBeLessThanOrEqual(3);
      const lower = d.layExplanation.toLowerCase();
      for (const word of JARGON) {
        expect(lower.includes(word), `${d.code} lay explanation uses "${word}"`).toBe(false);
      }
    }
  });

  test('plan templates are 2 to 5 sentences', () => {
    for (const d of diagnoses) {
      const sentences = d.planTemplate.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 1);
      expect(sentences.length, d.code).toBeGreaterThanOrEqual(2);
      expect(sentences.length, d.code).toBeLessThanOrEqual(5);
    }
  });

  test('leaflets are https links on NHS.UK conditions pages or BAD leaflets', () => {
    for (const d of diagnoses) {
      for (const leaflet of d.leaflets) {
        expect(leaflet.title.trim(), d.code).not.toBe('');
        const url = new URL(leaflet.url);
        expect(url.protocol, leaflet.url).toBe('https:');
        expect(['www.nhs.uk', 'www.bad.org.uk'], leaflet.url).toContain(url.hostname);
        if (url.hostname === 'www.nhs.uk') expect(url.pathname, leaflet.url).toMatch(/^\/conditions\/[a-z0-9-]+\/$/);
        if (url.hostname === 'www.bad.org.uk') expect(url.pathname, leaflet.url).toMatch(/^\/pils\/[a-z0-9-]+\/$/);
      }
    }
    // Most diagnoses carry a leaflet for the patient.
    expect(diagnoses.filter((d) => d.leaflets.length > 0).length).toBeGreaterThanOrEqual(diagnoses.length * 0.7);
  });

  test('suggested medicines are complete where given', () => {
    for (const d of diagnoses) {
      if (!d.suggestedMedicine) continue;
      for (const value of Object.values(d.suggestedMedicine)) expect(value.trim(), d.code).not.toBe('');
    }
  });

  test('the cancer flag is set for skin cancers and only for them', () => {
    for (const d of diagnoses) {
      expect(d.cancer, `${d.code} ${d.term}`).toBe(d.group === 'malignant');
    }
    const flagged = (code: string) => diagnosisByCode.get(code)?.cancer;
    // Melanoma, lentigo maligna melanoma, squamous cell carcinoma, basal cell carcinomas, Bowen's disease.
    for (const code of ['93655004', '302837001', '254651007', '254701007', '716274007', '403914000', '400066006']) {
      expect(flagged(code), code).toBe(true);
    }
    // Benign lesions and premalignant actinic keratosis are not cancers.
    for (const code of ['394726009', '400010006', '254818000', '254750001', '201091002', '5050001', '201101007']) {
      expect(flagged(code), code).toBe(false);
    }
  });

  test('the diagnoses the consultant reaches for most are all there', () => {
    const terms = new Set(diagnoses.map((d) => d.term));
    for (const term of [
      'Seborrhoeic keratosis',
      'Melanocytic naevus of skin',
      'Actinic keratosis',
      'Basal cell carcinoma of skin',
      'Squamous cell carcinoma of skin',
      'Malignant melanoma of skin',
      'Psoriasis',
      'Atopic dermatitis',
      'Acne vulgaris',
      'Rosacea',
      'Tinea corporis',
      'Acute urticaria',
      'Chronic urticaria',
    ]) {
      expect(terms.has(term), term).toBe(true);
    }
  });

  test('diagnosisByCode finds every entry by its code', () => {
    expect(diagnosisByCode.size).toBe(diagnoses.length);
    for (const d of diagnoses) expect(diagnosisByCode.get(d.code)).toBe(d);
    expect(diagnosisByCode.get('9014002')?.term).toBe('Psoriasis');
  });

  test('the source of the codes is written down', () => {
    expect(diagnosisSource.length).toBeGreaterThan(200);
    expect(diagnosisSource).toMatch(/SNOMED/);
  });
});
