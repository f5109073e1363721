-- Response targets per pathway and urgency, and the service's contact details
-- for patients (issue 13 §1).

-- An urgent request has a target of its own. Existing services keep today's
-- behaviour: the urgent target starts as the routine one, so no due date moves.
ALTER TABLE service_settings
  ADD COLUMN urgent_advice_target_working_days integer NOT NULL DEFAULT 2
    CHECK (urgent_advice_target_working_days BETWEEN 1 AND 30),
  ADD COLUMN urgent_referral_target_working_days integer NOT NULL DEFAULT 3
    CHECK (urgent_referral_target_working_days BETWEEN 1 AND 30);
UPDATE service_settings SET urgent_advice_target_working_days = advice_target_working_days,
  urgent_referral_target_working_days = referral_target_working_days;

-- Whom a patient contacts at the service, printed on letters and shown on the
-- patient's pages. NULL means "never set": the organisation's own telephone
-- and email stand (the demo and existing services); an empty email is a
-- service that gives patients none.
ALTER TABLE service_settings
  ADD COLUMN contact_telephone text CHECK (length(contact_telephone) <= 40),
  ADD COLUMN contact_email text CHECK (length(contact_email) <= 254),
  ADD COLUMN opening_hours text NOT NULL DEFAULT '' CHECK (length(opening_hours) <= 200);
