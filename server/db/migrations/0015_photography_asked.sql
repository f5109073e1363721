-- Who takes the photographs is asked, never assumed (issue 20): the NHS
-- service manual advises against pre-selected radios. A new draft has no
-- answer until the referrer gives one, and it cannot be submitted without
-- one. Requests saved before keep the answer they were saved with.
ALTER TABLE requests ALTER COLUMN photography DROP NOT NULL, ALTER COLUMN photography DROP DEFAULT;
