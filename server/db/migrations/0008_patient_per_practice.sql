-- A patient's record belongs to the practice that registered them (issue 11).
-- Until now there was one record per NHS number, and a second practice that
-- registered the same number took it over: it read out and overwrote the first
-- practice's contact details, which that practice's requests then used. Now
-- each practice keeps its own record of the patient (one per practice and NHS
-- number); a request uses the record of the practice that made it; another
-- practice registering the same person never reads or changes it, and only
-- marks it "registered elsewhere" so that its practice is told.

ALTER TABLE patients RENAME COLUMN registered_practice_id TO practice_id;
ALTER TABLE patients DROP CONSTRAINT patients_nhs_number_key;
-- When another practice last registered this person: shown to this record's practice.
ALTER TABLE patients ADD COLUMN registered_elsewhere_at timestamptz;

-- Requests whose practice no longer held the patient's record (the patient
-- was "moved" from under them) get a record of their own practice, copied
-- from the shared one as it is now.
INSERT INTO patients (nhs_number, given_name, family_name, date_of_birth, sex, mobile, email, address, postcode,
  practice_id, created_at, updated_at)
SELECT DISTINCT ON (r.practice_id, p.id) p.nhs_number, p.given_name, p.family_name, p.date_of_birth, p.sex,
  p.mobile, p.email, p.address, p.postcode, r.practice_id, p.created_at, p.updated_at
FROM requests r JOIN patients p ON p.id = r.patient_id
WHERE r.practice_id <> p.practice_id;

UPDATE requests r SET patient_id = own.id
FROM patients shared, patients own
WHERE r.patient_id = shared.id AND shared.practice_id <> r.practice_id
  AND own.nhs_number = shared.nhs_number AND own.practice_id = r.practice_id;

DROP INDEX patients_practice;
CREATE UNIQUE INDEX patients_practice_nhs_number ON patients (practice_id, nhs_number);
CREATE INDEX patients_nhs_number ON patients (nhs_number);
