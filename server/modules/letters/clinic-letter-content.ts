/**
 * What the clinic letters say: the patient's appointment letter and the letter returning a request whose patient
 * did not attend. Pure: the facts come from letters.repository.ts, the PDF from letter-pdf.ts.
 */
import { requestKindLabels } from '../../../shared/request-content.ts';
import { formatNhsNumber } from '../patients/index.ts';
import { appointmentDateTime } from './appointment-date-time.ts';
import { longDate, serviceLetterhead, type LetterFacts } from './compose-letters.ts';
import type { LetterContent } from './letter-pdf.ts';
import type { AppointmentLetterFacts, ReturnedLetterFacts } from './letters.repository.ts';
import { serviceContactPhrase } from './service-contact.ts';

const fullName = (patient: LetterFacts['patient']) => `${patient.givenName} ${patient.familyName}`;
const bullets = (items: string[]) => items.map((item) => `\u2022 ${item}`);

/** The patient's letter for a community photography clinic appointment, in plain English. */
export function appointmentLetter(facts: AppointmentLetterFacts, generatedAt: Date): LetterContent {
  const { patient, service, site } = facts;
  const where: [string, string][] = [
    ['When', appointmentDateTime(facts.startsAt)],
    ['Where', site.name],
    ['Address', [site.address, site.postcode].filter(Boolean).join(', ')],
  ];
  if (site.openingHours) where.push(['Opening hours', site.openingHours]);
  if (site.accessibility) where.push(['Access', site.accessibility]);
  return {
    letterhead: serviceLetterhead(service),
    title: 'Your appointment to have photographs of your skin taken',
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Name', fullName(patient)],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['NHS number', formatNhsNumber(patient.nhsNumber)],
    ],
    to: [fullName(patient), patient.address, patient.postcode].filter(Boolean),
    salutation: `Dear ${fullName(patient)},`,
    sections: [
      {
        heading: 'Your appointment',
        paragraphs: [
          `Your GP practice has asked ${service.name} to look at your skin. We have booked an appointment for you to have photographs taken at a community clinic.`,
        ],
        rows: where,
      },
      {
        heading: 'What to bring',
        paragraphs: bullets(['a list of the medicines you take now', 'your glasses, if you need them']),
      },
      {
        heading: 'Before you come',
        paragraphs: bullets([
          'wear clothes that make it easy to show the skin to be photographed',
          'take off any make-up, nail varnish or fake tan on or near the area',
          'you can bring a relative, friend or chaperone with you',
        ]),
      },
      {
        heading: 'What happens at the appointment',
        paragraphs: [
          'A medical photographer will take photographs of your skin, including close-ups taken with a dermatoscope (a magnifying camera held against the skin). It does not hurt.',
          'A consultant dermatologist (a skin specialist) will look at the photographs afterwards. You will not see a dermatologist on the day.',
          'We will write to you and your GP practice with what the dermatologist says.',
        ],
      },
      {
        heading: 'If you need to change or cancel',
        paragraphs: [
          `Use the secure link in the message we sent you, or contact ${serviceContactPhrase(service)}.`,
          'If you cannot come, please tell us, so that we can give the appointment to someone else.',
        ],
      },
    ],
    signature: [service.name],
    footer: `Please bring this letter with you. Reference ${facts.reference}.`,
  };
}

/** The letter to the referrer returning a request whose patient did not attend the photography clinic. */
export function returnedLetter(facts: ReturnedLetterFacts, generatedAt: Date): LetterContent {
  const { patient } = facts;
  const what = requestKindLabels[facts.kind];
  return {
    letterhead: serviceLetterhead(facts.service),
    title: `${what} returned: the patient did not attend`,
    date: longDate(generatedAt),
    reference: facts.reference,
    about: [
      ['Patient', fullName(patient)],
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
    sections: [
      {
        heading: 'Why we are returning this request',
        paragraphs: [
          `We are returning your request (${what}, reference ${facts.reference}) because the patient did not attend the community photography clinic. No photographs were taken, and a consultant dermatologist has not reviewed the request.`,
        ],
      },
      {
        heading: 'Appointments not attended',
        paragraphs: bullets(
          facts.missed.map(
            (m) => `${appointmentDateTime(m.startsAt)}: ${[m.siteName, m.sitePostcode].filter(Boolean).join(', ')}`,
          ),
        ),
      },
      {
        heading: 'Clinical responsibility',
        paragraphs: ['Clinical responsibility for the patient remains with you, the referrer.'],
      },
      {
        heading: 'What to do next',
        paragraphs: ['If the patient still needs a dermatology opinion, please review them and send a new request.'],
      },
    ],
    signature: [facts.service.name],
    footer: `This letter was produced by Telederm for ${facts.service.name}. The patient has not been sent a copy.`,
  };
}
