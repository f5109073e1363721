// What other modules may import from this one (.dependency-cruiser.cjs enforces it); the rest is its own.
export { statesTakingImages } from './images.policy.ts';
export { findImage, listImagesOfRequest, type ImageRow, type ImageView } from './images.repository.ts';
export { ingestUpload } from './ingest-upload.ts';
export { lesionsWithoutImages } from './lesions-without-images.ts';
export type { Uploader, UploadServer, UploadStore } from './upload-server.ts';
