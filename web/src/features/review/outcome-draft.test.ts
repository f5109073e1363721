import { describe, expect, it } from 'vitest';
import { draftProblems, emptyDraft, outcomeInput, withCategory, withDiagnosisText } from './outcome-draft.ts';
import type { Diagnosis } from './review-api.ts';

const cream = { name: 'Emollient', strength: '', form: 'cream', directions: 'Twice daily', duration: '3 months' };
const diagnoses: Diagnosis[] = [
  {
    code: 'eczema',
    term: 'Atopic eczema',
    group: 'Inflammatory',
    cancer: false,
    planTemplate: 'Emollients and a mild topical steroid.',
    templateOutcomes: ['gp_to_prescribe', 'discharge_with_advice'],
    leaflets: [],
    suggestedMedicine: cream,
  },
  {
    code: 'bcc',
    term: 'Basal cell carcinoma',
    group: 'Skin cancer',
    cancer: true,
    planTemplate: 'Excision in the dermatology clinic.',
    templateOutcomes: ['biopsy_or_excision'],
    leaflets: [],
    suggestedMedicine: null,
  },
];

describe('the outcome form’s draft', () => {
  it('takes a named diagnosis’s template and medicine while the plan and medicine are untouched, never over the consultant’s words', () => {
    const named = withDiagnosisText(emptyDraft, 'atopic eczema', diagnoses);
    expect(named).toMatchObject({
      diagnosis: { code: 'eczema' },
      plan: 'Emollients and a mild topical steroid.',
      medicines: [cream],
    });
    const edited = { ...named, plan: 'My own plan.' };
    expect(withDiagnosisText(edited, 'Basal cell carcinoma', diagnoses).plan).toBe('My own plan.');
    // Free text names no diagnosis and leaves the draft's plan alone.
    expect(withDiagnosisText(emptyDraft, 'Something rarer', diagnoses)).toMatchObject({ diagnosis: null, plan: '' });
  });

  it('offers a template only for the outcomes it was written for (hazard H13)', () => {
    const named = withDiagnosisText(emptyDraft, 'Basal cell carcinoma', diagnoses);
    expect(withCategory(named, 'biopsy_or_excision').plan).toBe('Excision in the dermatology clinic.');
    // A discharge is not what the cancer template was written for: the untouched plan empties.
    expect(withCategory(named, 'discharge_with_advice').plan).toBe('');
  });

  it('names every problem the form can tell before asking the service', () => {
    expect(draftProblems(emptyDraft)).toEqual([{ field: 'category', message: 'Choose the outcome' }]);
    expect(draftProblems({ ...emptyDraft, category: 'more_information_needed' })).toEqual([
      { field: 'question', message: 'Write the question for the referrer' },
    ]);
    expect(draftProblems({ ...emptyDraft, category: 'gp_to_prescribe' }).map((p) => p.field)).toEqual([
      'diagnosisCode',
      'plan',
      'medicines',
    ]);
    // An urgent cancer redirect needs no plan of its own.
    expect(draftProblems({ ...emptyDraft, category: 'redirect_urgent_cancer', diagnosisText: 'Melanoma' })).toEqual([]);
  });

  it('sends only what the chosen outcome uses', () => {
    const draft = {
      ...withDiagnosisText(emptyDraft, 'Atopic eczema', diagnoses),
      category: 'discharge_with_advice' as const,
      onwardReferral: 'Left over from another choice',
      referralPhotography: 'clinic' as const,
    };
    const input = outcomeInput(draft, 3, diagnoses);
    expect(input).toMatchObject({
      version: 3,
      category: 'discharge_with_advice',
      diagnosisCode: 'eczema',
      medicines: [],
    });
    expect(input).not.toHaveProperty('onwardReferral');
    expect(input).not.toHaveProperty('referralPhotography');
    // A conversion carries who takes the referral's photographs (hazard H9).
    expect(outcomeInput({ ...draft, category: 'convert_to_referral' }, 3, diagnoses)).toMatchObject({
      referralPhotography: 'clinic',
    });
    // A question sends the question and nothing of a diagnosis.
    expect(
      outcomeInput({ ...draft, category: 'more_information_needed', question: 'How long?' }, 3, diagnoses),
    ).toEqual({
      version: 3,
      category: 'more_information_needed',
      differentials: [],
      plan: '',
      medicines: [],
      question: 'How long?',
      askForPhotographs: false,
    });
  });
});
