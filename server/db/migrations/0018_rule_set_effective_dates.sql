-- A rule set version can be saved to take effect on a later date (issue 13
-- §1): a service admin prepares next month's rules today. The version that
-- decides a request is the newest one in effect at submission; a version saved
-- without a date takes effect when it is saved, as every earlier one did.
ALTER TABLE rule_sets ADD COLUMN effective_from timestamptz;
UPDATE rule_sets SET effective_from = created_at;
ALTER TABLE rule_sets ALTER COLUMN effective_from SET NOT NULL;
-- No version takes effect before it is written.
ALTER TABLE rule_sets ADD CONSTRAINT rule_sets_effective_after_created CHECK (effective_from >= created_at);
