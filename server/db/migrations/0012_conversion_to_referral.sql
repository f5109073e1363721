-- Converting Advice & Guidance into a referral creates the referral (issue 12,
-- hazard H9). The referral keeps the A&G request it came from; an A&G request
-- is converted once at most.
ALTER TABLE requests ADD COLUMN converted_from uuid REFERENCES requests (id);
CREATE UNIQUE INDEX requests_converted_from ON requests (converted_from) WHERE converted_from IS NOT NULL;

-- Without the referrer's authorisation the consultant recommends a referral for
-- the GP to make: an outcome of its own, so both letters say who acts next.
ALTER TABLE outcomes DROP CONSTRAINT outcomes_category_check;
ALTER TABLE outcomes ADD CONSTRAINT outcomes_category_check CHECK (category IN ('discharge_with_advice',
  'gp_to_prescribe', 'routine_face_to_face', 'urgent_face_to_face', 'biopsy_or_excision', 'onward_referral',
  'redirect_urgent_cancer', 'convert_to_referral', 'recommend_referral'));
