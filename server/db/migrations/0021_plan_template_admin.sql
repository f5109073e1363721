-- Plan templates and leaflets run by the service's administrators (issue 13 §1).
--
-- A service's template for a diagnosis now says which outcomes it is written for, and may be retired: a retired
-- template is no longer offered to consultants (outcomes already signed keep the plan they were signed with, as
-- outcomes copy the text) and can be brought back. A diagnosis with no row of its own offers the built-in template
-- of the curated list (server/modules/review/diagnoses.ts) for the outcomes it fits.

ALTER TABLE plan_templates
  -- The outcome categories the template is written for; NULL: those the built-in template fits
  -- (shared/outcome-categories.ts, outcomesTemplateFits), as every row made before this migration.
  ADD COLUMN outcomes text[] CHECK (
    outcomes IS NULL OR (cardinality(outcomes) > 0 AND outcomes <@ ARRAY['discharge_with_advice', 'gp_to_prescribe',
      'routine_face_to_face', 'urgent_face_to_face', 'biopsy_or_excision', 'onward_referral', 'redirect_urgent_cancer',
      'convert_to_referral', 'recommend_referral']::text[])
  ),
  ADD COLUMN retired_at timestamptz,
  ADD COLUMN retired_by uuid REFERENCES users (id);

-- The leaflets a service offers for a diagnosis, replacing the curated list's (an empty list offers none). Each is
-- a title and an https address; the patient's letter prints them as they are when the outcome is signed.
CREATE TABLE diagnosis_leaflets (
  service_id uuid NOT NULL REFERENCES organisations (id),
  diagnosis_code text NOT NULL,
  leaflets jsonb NOT NULL CHECK (
    jsonb_typeof(leaflets) = 'array' AND jsonb_array_length(leaflets) <= 10
    AND NOT jsonb_path_exists(leaflets, '$[*] ? (!(@.url starts with "https://"))')
  ),
  updated_by uuid REFERENCES users (id),
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (service_id, diagnosis_code)
);
