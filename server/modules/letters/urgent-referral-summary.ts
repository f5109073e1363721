import { buffer } from 'node:stream/consumers';
import type { Tx } from '../../db/database.ts';
import type { Actor } from '../../http/actor.ts';
import { notFound } from '../../http/errors.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { describeBodySite } from '../../../shared/body-sites.ts';
import { skinCancerLabels, type History } from '../../../shared/request-content.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { listImagesOfRequest } from '../images/index.ts';
import { findVisiblePatient } from '../patients/index.ts';
import { requestForChange, listLesions } from '../requests/index.ts';
import { longDate } from './compose-letters.ts';
import { renderLetter, type LetterContent, type LetterImage } from './letter-pdf.ts';

/** At most this many photographs go into the summary; the rest stay on the request's page. */
const photosInSummary = 6;

/**
 * A summary of a request redirected to the urgent suspected-cancer pathway, for the referrer to make the urgent
 * referral without typing anything again: the patient's details as the practice recorded them, the history, the
 * lesions and their sites, and the photographs taken so far, with the next step in words. Only the referring
 * practice may have it, and only once the request is redirected; each download is audited.
 */
export async function urgentReferralSummary(
  tx: Tx,
  options: { actor: Actor; auditActor: AuditActor; at: Date; requestId: string; blobs: BlobStore },
): Promise<{ pdf: Buffer; reference: string }> {
  const request = await requestForChange(tx, options.actor, options.requestId, 'referrer');
  if (request.state !== 'redirected') throw notFound('urgent referral summary');
  const patient = await findVisiblePatient(tx, [request.practiceId], request.patientId);
  if (!patient) throw notFound('urgent referral summary');
  const { rows } = await tx.query<{ name: string; address: string; telephone: string; email: string }>(
    'SELECT name, address, telephone, email FROM organisations WHERE id = $1',
    [request.practiceId],
  );
  const practice = rows[0]!;
  const lesions = await listLesions(tx, request.id);
  const images = (await listImagesOfRequest(tx, request.id)).filter((image) => image.derivatives?.eref);
  const photos: LetterImage[] = [];
  for (const image of images.slice(0, photosInSummary)) {
    const lesion = lesions.find((l) => l.id === image.lesionId);
    const site = lesion ? describeBodySite(lesion.bodySite, lesion.laterality) : 'lesion';
    photos.push({
      caption: `${site}: ${image.view.replace('_', '-')} view${image.capturedAt ? `, taken ${longDate(image.capturedAt)}` : ''}`,
      jpeg: await buffer(await options.blobs.get(image.derivatives!.eref!.key)),
    });
  }
  const history = request.history;
  const suspected = (history.suspectedCancer ?? []).map((type) => skinCancerLabels[type]).join(', ');
  const content: LetterContent = {
    letterhead: {
      name: practice.name,
      address: practice.address,
      telephone: practice.telephone,
      email: practice.email,
    },
    title: 'Summary for an urgent suspected cancer referral',
    date: longDate(options.at),
    reference: request.reference,
    about: [
      ['Patient', `${patient.givenName} ${patient.familyName}`],
      ['NHS number', patient.nhsNumber.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3')],
      ['Date of birth', longDate(patient.dateOfBirth)],
      ['Sex', patient.sex],
      ['Address', [patient.address, patient.postcode].filter(Boolean).join(', ')],
      ['Mobile', patient.mobile ?? 'Not recorded'],
      ['Email', patient.email ?? 'Not recorded'],
    ],
    to: ['For the referring clinician, to attach to the urgent referral'],
    salutation: `Suspected: ${suspected || 'skin cancer'}.`,
    sections: [
      {
        heading: 'What to do now',
        paragraphs: [
          ...(request.eligibility?.reasons ?? []),
          'Make the referral today on your local urgent suspected cancer referral route (NICE NG12, suspected cancer: recognition and referral), using your area’s referral form, and attach this summary and the photographs.',
          'Tell the patient why they are being referred urgently and that they should be seen within two weeks, and safety-net: ask them to contact the practice if they have not heard within a week.',
          'This request was not sent to the teledermatology service and is in no queue there.',
        ],
      },
      ...(request.clinicalQuestion.trim()
        ? [{ heading: 'Clinical question', paragraphs: [request.clinicalQuestion] }]
        : []),
      { heading: 'History', rows: historyRows(history) },
      {
        heading: 'Lesions',
        ...(lesions.length
          ? {
              rows: lesions.map((lesion, i): [string, string] => [
                `${i + 1}. ${describeBodySite(lesion.bodySite, lesion.laterality)}`,
                [lesion.description, lesion.sizeMm ? `${lesion.sizeMm} mm` : null].filter(Boolean).join('. '),
              ]),
            }
          : { paragraphs: ['No lesions recorded yet.'] }),
      },
    ],
    images: photos,
    signature: [`Prepared by Telederm for ${practice.name}`],
    footer:
      `Telederm ${request.reference}. Confidential: contains patient-identifiable information. ${images.length > photos.length ? `${images.length - photos.length} more photographs are on the request's page.` : ''}`.trim(),
  };
  const pdf = await renderLetter(content);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'request.urgent_summary_downloaded',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
  });
  return { pdf, reference: request.reference };
}

const yesNo = (value: boolean | undefined) => (value === undefined ? 'Not answered' : value ? 'Yes' : 'No');

function historyRows(history: History): [string, string][] {
  const symptoms = (['itch', 'bleeding', 'pain'] as const).filter((symptom) => history[symptom]);
  const rows: [string, string | undefined][] = [
    [
      'How long',
      history.durationValue !== undefined && history.durationUnit
        ? `${history.durationValue} ${history.durationUnit}`
        : undefined,
    ],
    ['How it has changed', history.changes],
    ['Symptoms', [...symptoms, history.otherSymptoms].filter(Boolean).join(', ') || undefined],
    ['Treatments tried', history.treatmentsTried],
    ['Current medicines', history.currentMedicines],
    ['Immunosuppressed', yesNo(history.immunosuppressed)],
    ['Organ transplant', yesNo(history.transplant)],
    [
      'Previous skin cancer',
      history.previousSkinCancer
        ? history.previousSkinCancer.map((type) => skinCancerLabels[type]).join(', ') || 'None'
        : undefined,
    ],
    ['Other relevant history', history.relevantHistory],
  ];
  return rows.map(([label, value]) => [label, value?.trim() ? value : 'Not recorded']);
}
