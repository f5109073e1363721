-- The search box matches the starts of names, in lower case (LIKE 'prefix%' needs text_pattern_ops).
CREATE INDEX patients_family_name_prefix ON patients (lower(family_name) text_pattern_ops);
CREATE INDEX patients_given_name_prefix ON patients (lower(given_name) text_pattern_ops);
-- A consultant's history: the questions they asked and the outcomes they signed.
CREATE INDEX messages_author_questions ON messages (author_user_id, at DESC) WHERE kind IN ('question', 'photo_request');
CREATE INDEX outcomes_signed_by ON outcomes (signed_by, signed_at DESC);
