import type { Queryable } from '../../db/database.ts';

export type ImageView = 'regional' | 'close_up' | 'dermoscopic';
export type QualityWarning = { code: string; message: string };
export type DerivativeName = 'viewing' | 'eref' | 'thumbnail';
export type Derivative = { key: string; bytes: number; width: number; height: number; contentType: string };
/** A Deep Zoom pyramid stored as tiles under `prefix` ("<level>/<column>_<row>.jpg"). */
export type DeepZoomInfo = {
  prefix: string;
  width: number;
  height: number;
  tileSize: number;
  overlap: number;
  tiles: number;
};
export type Derivatives = Partial<Record<DerivativeName, Derivative>> & { deepZoom?: DeepZoomInfo };

export type ImageRow = {
  id: string;
  uploadId: string;
  ownerId: string;
  requestId: string;
  lesionId: string;
  view: ImageView;
  state: 'processing' | 'ready' | 'failed';
  originalKey: string;
  originalBytes: number;
  originalSha256: string;
  originalFormat: string;
  originalFilename: string;
  width: number | null;
  height: number | null;
  capturedAt: Date | null;
  capturedByLabel: string;
  deviceMake: string | null;
  deviceModel: string | null;
  quality: { warnings: QualityWarning[]; [metric: string]: unknown } | null;
  derivatives: Derivatives | null;
  failure: string | null;
  uploadedAt: Date;
  processedAt: Date | null;
};

const columns = `i.id, i.upload_id AS "uploadId", i.owner_id AS "ownerId", i.request_id AS "requestId", i.lesion_id AS "lesionId", i.view, i.state,
  i.original_key AS "originalKey", i.original_bytes AS "originalBytes", i.original_sha256 AS "originalSha256",
  i.original_format AS "originalFormat", i.original_filename AS "originalFilename", i.width, i.height,
  i.captured_at AS "capturedAt", i.captured_by_label AS "capturedByLabel", i.device_make AS "deviceMake",
  i.device_model AS "deviceModel", i.quality, i.derivatives, i.failure, i.uploaded_at AS "uploadedAt",
  i.processed_at AS "processedAt"`;

export async function findImageByUpload(db: Queryable, uploadId: string): Promise<ImageRow | null> {
  const { rows } = await db.query<ImageRow>(`SELECT ${columns} FROM images i WHERE i.upload_id = $1`, [uploadId]);
  return rows[0] ?? null;
}

/**
 * A photograph by its id. One removed before review (remove-image.ts) is found by no one but the processing job,
 * which still finishes it for the record: `includeRemoved`.
 */
export async function findImage(
  db: Queryable,
  id: string,
  options: { includeRemoved?: boolean } = {},
): Promise<ImageRow | null> {
  const { rows } = await db.query<ImageRow>(
    `SELECT ${columns} FROM images i WHERE i.id = $1 ${options.includeRemoved ? '' : 'AND i.removed_at IS NULL'}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findImageBySha(db: Queryable, requestId: string, sha256: string): Promise<ImageRow | null> {
  const { rows } = await db.query<ImageRow>(
    `SELECT ${columns} FROM images i WHERE i.request_id = $1 AND i.original_sha256 = $2 AND i.removed_at IS NULL`,
    [requestId, sha256],
  );
  return rows[0] ?? null;
}

/** A request's photographs, as everyone is shown them: the referrer, the consultant, the patient, the letters. */
export async function listImagesOfRequest(db: Queryable, requestId: string): Promise<ImageRow[]> {
  const { rows } = await db.query<ImageRow>(
    `SELECT ${columns} FROM images i JOIN lesions l ON l.id = i.lesion_id
     WHERE i.request_id = $1 AND i.removed_at IS NULL ORDER BY l.position, i.uploaded_at`,
    [requestId],
  );
  return rows;
}

/**
 * The photographs counted against a limit: those on a request (a removed one no longer takes a place, so a poor
 * photo can be replaced), or those a user sent since a time (a removed one still counts: it was sent and is kept).
 */
export async function countImages(db: Queryable, by: { requestId: string } | { userId: string; since: Date }) {
  const { rows } =
    'requestId' in by
      ? await db.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM images WHERE request_id = $1 AND state <> 'failed' AND removed_at IS NULL",
          [by.requestId],
        )
      : await db.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM images WHERE captured_by = $1 AND uploaded_at >= $2',
          [by.userId, by.since],
        );
  return rows[0]!.n;
}

export async function insertImage(
  tx: Queryable,
  image: {
    uploadId: string;
    ownerId: string;
    requestId: string;
    lesionId: string;
    view: ImageView;
    originalKey: string;
    originalBytes: number;
    originalSha256: string;
    originalFormat: string;
    originalFilename: string;
    width: number;
    height: number;
    capturedAt: Date | null;
    capturedBy: string | null;
    capturedByLabel: string;
    deviceMake: string | null;
    deviceModel: string | null;
    at: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO images (upload_id, request_id, lesion_id, view, state, original_key, original_bytes, original_sha256,
       original_format, original_filename, width, height, captured_at, captured_by, captured_by_label, device_make,
       device_model, uploaded_at, owner_id)
     VALUES ($1, $2, $3, $4, 'processing', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
    [
      image.uploadId,
      image.requestId,
      image.lesionId,
      image.view,
      image.originalKey,
      image.originalBytes,
      image.originalSha256,
      image.originalFormat,
      image.originalFilename,
      image.width,
      image.height,
      image.capturedAt,
      image.capturedBy,
      image.capturedByLabel,
      image.deviceMake,
      image.deviceModel,
      image.at,
      image.ownerId,
    ],
  );
  return rows[0]!.id;
}

export async function markProcessed(
  tx: Queryable,
  id: string,
  result: {
    width: number;
    height: number;
    perceptualHash: string | null;
    quality: ImageRow['quality'];
    derivatives: ImageRow['derivatives'];
    at: Date;
  },
) {
  await tx.query(
    `UPDATE images SET state = 'ready', width = $2, height = $3, perceptual_hash = $4, quality = $5, derivatives = $6,
       processed_at = $7, failure = NULL WHERE id = $1`,
    [
      id,
      result.width,
      result.height,
      result.perceptualHash,
      JSON.stringify(result.quality),
      JSON.stringify(result.derivatives),
      result.at,
    ],
  );
}

export async function markFailed(tx: Queryable, id: string, failure: string, at: Date) {
  await tx.query(`UPDATE images SET state = 'failed', failure = $2, processed_at = $3 WHERE id = $1`, [
    id,
    failure,
    at,
  ]);
}

/**
 * Takes a photograph off its request: the row and its files stay (docs/retention.md), shown to no one. False when
 * it was already removed.
 */
export async function markRemoved(
  tx: Queryable,
  id: string,
  removal: { by: string; reason: string; at: Date },
): Promise<boolean> {
  const { rowCount } = await tx.query(
    `UPDATE images SET removed_at = $2, removed_by = $3, removal_reason = $4 WHERE id = $1 AND removed_at IS NULL`,
    [id, removal.at, removal.by, removal.reason],
  );
  return (rowCount ?? 0) > 0;
}

/** Every stored key the rows point at, for the storage check: removed photographs' files are kept, so listed. */
export async function listImageKeys(db: Queryable): Promise<{ id: string; uploadId: string; keys: string[] }[]> {
  const { rows } = await db.query<{
    id: string;
    uploadId: string;
    originalKey: string;
    derivatives: ImageRow['derivatives'];
  }>('SELECT id, upload_id AS "uploadId", original_key AS "originalKey", derivatives FROM images');
  return rows.map((r) => ({
    id: r.id,
    uploadId: r.uploadId,
    keys: [
      r.originalKey,
      ...(['viewing', 'eref', 'thumbnail'] as const).flatMap((name) =>
        r.derivatives?.[name] ? [r.derivatives[name].key] : [],
      ),
    ],
  }));
}
