import { describeBodySite, type Laterality } from '../../../shared/body-sites.ts';
import { formatLondonDate, formatLondonTime } from '../../../shared/london-time.ts';
import { requestKindLabels, type RequestKind } from '../../../shared/request-content.ts';
import { formatNhsNumber } from '../patients/index.ts';
import { diagnosisByCode, type OutcomeRow } from '../review/index.ts';
import { outcomeCategoryLabels, outcomeForPatient, type OutcomeCategory } from '../../../shared/outcome-categories.ts';
import type { LetterContent } from './letter-pdf.ts';
import { serviceContactPhrase } from './service-contact.ts';

/** Everything a letter says, gathered from the request, its outcome and the organisations. */
export type LetterFacts = {
  reference: string;
  kind: RequestKind;
  clinicalQuestion: string;
  patient: {
    givenName: string;
    familyName: string;
    dateOfBirth: string;
    nhsNumber: string;
    address: string;
    postcode: string;
  };
  referrer: { name: string };
  practice: { name: string; address: string; postcode: string; telephone: string };
  /** The contact details are the service's settings (service-settings.repository.ts `serviceContactSql`). */
  service: { name: string; address: string; postcode: string; telephone: string; email: string; openingHours?: string };
  lesions: { bodySite: string; laterality: Laterality; description: string; sizeMm: number | null }[];
  outcome: OutcomeRow;
  addenda: OutcomeRow[];
  /** The referral this Advice & Guidance was converted into, if it was (hazard H9). */
  referralReference?: string | null;
};

/**
 * Who acts next, said the same way in the GP's letter and the patient's (hazard H9): responsibility passes to the
 * service only with an accepted referral.
 */
function whoActsNext(facts: LetterFacts): { referrer: string; patient: string | null } {
  const category = facts.outcome.category;
  if (category === 'convert_to_referral' && facts.referralReference) {
    return {
      referrer: `As you authorised, this Advice & Guidance request has been converted into a referral to ${facts.service.name} (reference ${facts.referralReference}), and the referral has been accepted. Clinical responsibility for the skin problem referred passes to ${facts.service.name} with that acceptance; the service will contact the patient. Until they are seen, please continue to care for the patient as usual.`,
      patient: `Your GP practice's request has been turned into a referral to ${facts.service.name} (reference ${facts.referralReference}). The service will contact you with an appointment or to take photographs. You do not need to ask your GP practice to refer you.`,
    };
  }
  if (category === 'recommend_referral') {
    return {
      referrer:
        'The dermatologist recommends that you refer the patient to the dermatology service. This has not been done for you, because the request did not authorise conversion: please make the referral. Clinical responsibility remains with you until a referral is accepted.',
      patient:
        'The dermatologist has advised your GP practice to refer you to the skin clinic. Your GP practice will make the referral. If you have not heard within 2 weeks, contact your GP practice.',
    };
  }
  return {
    referrer:
      facts.kind === 'advice_and_guidance'
        ? 'This is Advice & Guidance: clinical responsibility for the patient remains with the referring clinician.'
        : 'Please contact the service if the patient’s condition changes or does not respond as expected.',
    patient: null,
  };
}

/** A date as letters write it, in London: "1 December 2026". A bare 'YYYY-MM-DD' is that calendar date. */
export const longDate = (value: Date | string) => formatLondonDate(value);
/** "1 December 2026 at 14:05". */
const dateTime = (value: Date) => `${formatLondonDate(value)} at ${formatLondonTime(value)}`;

/** The service's letterhead: every letter is written on behalf of the dermatology service. */
export const serviceLetterhead = (service: LetterFacts['service']): LetterContent['letterhead'] => ({
  name: service.name,
  address: [service.address, service.postcode].filter(Boolean).join(', '),
  telephone: service.telephone,
  email: service.email,
});

const signature = (outcome: OutcomeRow) => [
  outcome.signedByName,
  'Consultant Dermatologist',
  `GMC ${outcome.gmcNumber}`,
  `Signed electronically on ${dateTime(outcome.signedAt)}`,
];

const medicineLine = (m: OutcomeRow['medicines'][number]) =>
  [m.name, m.strength, m.form].filter(Boolean).join(' ') +
  `: ${m.directions}${m.duration ? `, for ${m.duration}` : ''}`;

/** The clinical letter to the referrer. */
export function referrerLetter(facts: LetterFacts, generatedAt: Date): LetterContent {
  const { outcome, patient } = facts;
  const category = outcome.category as OutcomeCategory;
  const sections: LetterContent['sections'] = [];
  if (category === 'redirect_urgent_cancer') {
    sections.push({
      heading: 'URGENT: refer on the suspected cancer pathway',
      paragraphs: [
        'The consultant suspects skin cancer. Please refer this patient urgently on the suspected cancer pathway (two-week wait) today. This service has not booked an appointment.',
      ],
    });
  }
  sections.push(
    { heading: 'Your question', paragraphs: [facts.clinicalQuestion || '(none given)'] },
    {
      heading: 'Lesions',
      paragraphs: facts.lesions.map(
        (l, i) =>
          `${i + 1}. ${describeBodySite(l.bodySite, l.laterality)}${l.sizeMm ? `, ${l.sizeMm} mm` : ''}: ${l.description}`,
      ),
    },
    {
      heading: 'Diagnosis',
      rows: [
        ['Diagnosis', outcome.diagnosisTerm ?? ''],
        ...(outcome.diagnosisCode ? ([['SNOMED CT', outcome.diagnosisCode]] as [string, string][]) : []),
        ...(outcome.differentials.length
          ? ([['Differentials', outcome.differentials.map((d) => d.term).join('; ')]] as [string, string][])
          : []),
      ],
    },
    { heading: 'Outcome', paragraphs: [outcomeCategoryLabels[category]] },
  );
  if (outcome.plan) sections.push({ heading: 'Management plan', paragraphs: outcome.plan.split(/\n{2,}/) });
  if (outcome.medicines.length) {
    sections.push({ heading: 'Recommended for the GP to prescribe', paragraphs: outcome.medicines.map(medicineLine) });
  }
  if (outcome.onwardReferral) sections.push({ heading: 'Onward referral', paragraphs: [outcome.onwardReferral] });
  if (outcome.leaflets.length) {
    sections.push({ heading: 'Patient information', paragraphs: outcome.leaflets.map((l) => `${l.title}: ${l.url}`) });
  }
  for (const addendum of facts.addenda) {
    sections.push({
      heading: `Addendum, ${dateTime(addendum.signedAt)}, ${addendum.signedByName} (GMC ${addendum.gmcNumber})`,
      paragraphs: addendum.plan.split(/\n{2,}/),
    });
  }
  sections.push({
    heading: 'Responsibility',
    paragraphs: [whoActsNext(facts).referrer],
  });
  return {
    letterhead: serviceLetterhead(facts.service),
    title: `${requestKindLabels[facts.kind]}: consultant dermatologist's response`,
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Patient', `${patient.givenName} ${patient.familyName}`],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['NHS number', formatNhsNumber(patient.nhsNumber)],
      ['Address', [patient.address, patient.postcode].filter(Boolean).join(', ')],
    ],
    to: [
      facts.referrer.name,
      facts.practice.name,
      [facts.practice.address, facts.practice.postcode].filter(Boolean).join(', '),
    ],
    salutation: `Dear ${facts.referrer.name},`,
    sections,
    signature: signature(outcome),
    footer: `This letter was produced by Telederm for ${facts.service.name}. A copy in plain English has been prepared for the patient.`,
  };
}

/** The plain-English copy for the patient. */
export function patientLetter(facts: LetterFacts, generatedAt: Date): LetterContent {
  const { outcome, patient } = facts;
  const category = outcome.category as OutcomeCategory;
  const coded = outcome.diagnosisCode ? diagnosisByCode.get(outcome.diagnosisCode) : undefined;
  const found = coded
    ? [
        `The dermatologist (a skin specialist) looked at your photographs. They think this is ${coded.layName}.`,
        coded.layExplanation,
      ]
    : [
        `The dermatologist (a skin specialist) looked at your photographs. They think this is: ${outcome.diagnosisTerm}.`,
      ];
  const sections: LetterContent['sections'] = [
    { heading: 'What the dermatologist found', paragraphs: found },
    { heading: 'What happens next', paragraphs: [whoActsNext(facts).patient ?? outcomeForPatient[category]] },
  ];
  if (outcome.medicines.length) {
    sections.push({
      heading: 'Your medicine',
      paragraphs: [
        'Your GP practice will arrange a prescription. Use it as the label says. The dermatologist suggested:',
        ...outcome.medicines.map(medicineLine),
      ],
    });
  }
  if (outcome.leaflets.length) {
    sections.push({ heading: 'More information', paragraphs: outcome.leaflets.map((l) => `${l.title}: ${l.url}`) });
  }
  sections.push({
    heading: 'Who to contact',
    paragraphs: [
      `If you have questions about this letter, or your skin gets worse, contact your GP practice: ${facts.practice.name}, telephone ${facts.practice.telephone || 'the number on your practice website'}.`,
      `About appointments with the skin clinic, contact ${serviceContactPhrase(facts.service)}.`,
      'If you feel very unwell, call 111, or 999 in an emergency.',
    ],
  });
  return {
    letterhead: serviceLetterhead(facts.service),
    title: 'Your skin photographs: what the dermatologist said',
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Name', `${patient.givenName} ${patient.familyName}`],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['NHS number', formatNhsNumber(patient.nhsNumber)],
    ],
    to: [`${patient.givenName} ${patient.familyName}`, patient.address, patient.postcode].filter(Boolean),
    salutation: `Dear ${patient.givenName} ${patient.familyName},`,
    sections,
    signature: signature(outcome),
    footer: `Your GP practice (${facts.practice.name}) has the full letter from the dermatologist. Reference ${facts.reference}.`,
  };
}
