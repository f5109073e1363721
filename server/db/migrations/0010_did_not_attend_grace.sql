-- Did-not-attend is recorded only once the appointment has started and a
-- grace period has passed (issue 12, hazard H11): a patient was told "we
-- missed you" an hour before their appointment because it could be recorded
-- from the start of its day. The grace allows for a patient running late;
-- each service sets its own, in minutes after the slot's start.
ALTER TABLE service_settings
  ADD COLUMN did_not_attend_grace_minutes integer NOT NULL DEFAULT 15
    CHECK (did_not_attend_grace_minutes BETWEEN 0 AND 240);
