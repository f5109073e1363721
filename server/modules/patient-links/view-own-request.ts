import type { Tx } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { findImage } from '../images/index.ts';
import { listLetters } from '../letters/index.ts';
import { linkedRequest } from './patient-links.policy.ts';
import type { PatientSession } from './patient-links.repository.ts';
import { patientView } from './patient-view.ts';

type Options = { session: PatientSession; auditActor: AuditActor; at: Date };

/** The patient reads their request through their link: a read of patient data, so audited. */
export async function viewOwnRequest(tx: Tx, options: Options) {
  const { patientId, ...view } = await patientView(tx, options.session);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.viewed_own_request',
    recordType: 'request',
    recordId: view.requestId,
    patientId,
  });
  return view;
}

/** The thumbnail of a photo the patient sent through this link; any other photo is not found. */
export async function viewOwnThumbnail(tx: Tx, options: Options & { imageId: string }) {
  const image = await findImage(tx, options.imageId);
  const thumbnail = image?.derivatives?.thumbnail;
  if (!image || image.ownerId !== `patient:${options.session.linkId}` || !thumbnail) throw notFound('photo');
  const request = await linkedRequest(tx, options.session);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'image.viewed',
    recordType: 'image',
    recordId: image.id,
    patientId: request.patientId,
    detail: { variant: 'thumbnail' },
  });
  return thumbnail;
}

/** The patient's copy of the dermatologist's latest letter, and the file name it goes by. */
export async function downloadOwnLetter(tx: Tx, options: Options) {
  const letter = (await listLetters(tx, options.session.requestId))
    .filter((l) => l.audience === 'patient' && l.kind === 'outcome')
    .at(-1);
  if (!letter) throw notFound('letter');
  const request = await linkedRequest(tx, options.session);
  await appendAuditEvent(tx, options.auditActor, options.at, {
    action: 'patient.letter_downloaded',
    recordType: 'request',
    recordId: request.id,
    patientId: request.patientId,
  });
  return { blobKey: letter.blobKey, filename: `${request.reference}-your-letter.pdf` };
}
