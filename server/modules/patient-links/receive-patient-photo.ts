import type { Services } from '../../services.ts';
import type { BlobStore } from '../../storage/blob-store.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { ingestUpload, type Uploader, type UploadStore } from '../images/index.ts';
import { finishPatientTasks } from './finish-patient-tasks.ts';
import { patientUploader } from './patient-links.policy.ts';
import type { PatientSession } from './patient-links.repository.ts';

/**
 * Takes in a photo the patient finished uploading through their link. When it is the last thing the link asked
 * of them, the referrer is told in the same transaction as the photo's row, so both commit or neither does.
 *
 * The images module knows nothing of links, so the telling rides on the one place it hands back to us inside
 * that transaction: the locked look-up of the request, which comes just before the photo's row is written (a
 * refusal after it, such as an upload limit, rolls everything back). It writes a row of its own
 * (`patient_link.finished`) beside the photo's `image.received`, which the images module writes.
 */
export async function receivePatientPhoto(options: {
  services: Services;
  blobs: BlobStore;
  uploads: UploadStore;
  session: PatientSession;
  auditActor: AuditActor;
  uploadId: string;
}) {
  const { services, session } = options;
  const uploader = patientUploader(session);
  const finishing: Uploader = {
    ...uploader,
    async requestFor(tx, requestId, lesionId, lookUp) {
      const request = await uploader.requestFor(tx, requestId, lesionId, lookUp);
      // Only the locked look-up is the one that writes the photo.
      if (!lookUp?.lock) return request;
      const at = services.clock.now();
      const finished = await finishPatientTasks(tx, {
        request,
        linkId: session.linkId,
        at,
        boss: services.jobs.boss,
        publicOrigin: services.config.publicOrigin,
        photoArriving: true,
      });
      if (finished) {
        await appendAuditEvent(tx, options.auditActor, at, {
          action: 'patient_link.finished',
          recordType: 'patient_link',
          recordId: session.linkId,
          patientId: request.patientId,
          detail: finished,
        });
      }
      return request;
    },
  };
  return ingestUpload({
    services,
    blobs: options.blobs,
    uploads: options.uploads,
    uploader: finishing,
    auditActor: options.auditActor,
    uploadId: options.uploadId,
  });
}
