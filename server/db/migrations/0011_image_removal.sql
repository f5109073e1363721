-- A wrong or poor photograph can be taken off a request before its review
-- starts (issue 12, item 6). It is kept, row and files, as part of the record
-- (docs/retention.md), with who removed it, when and why; from then on no list,
-- view, count or letter shows it.
ALTER TABLE images
  ADD COLUMN removed_at timestamptz,
  ADD COLUMN removed_by uuid REFERENCES users (id),
  ADD COLUMN removal_reason text CHECK (char_length(removal_reason) BETWEEN 1 AND 500),
  -- Removed with its remover and reason, or not removed at all.
  ADD CONSTRAINT images_removal_whole CHECK (
    (removed_at IS NULL AND removed_by IS NULL AND removal_reason IS NULL)
    OR (removed_at IS NOT NULL AND removed_by IS NOT NULL AND removal_reason IS NOT NULL)
  );

-- The same photograph twice on one request is still refused, but one that was
-- removed (say, from the wrong lesion) may be added again.
ALTER TABLE images DROP CONSTRAINT images_request_id_original_sha256_key;
CREATE UNIQUE INDEX images_request_sha256 ON images (request_id, original_sha256) WHERE removed_at IS NULL;
