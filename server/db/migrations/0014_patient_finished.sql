-- When the patient had done everything their link asked (issue 12 §7b): the
-- referrer is told once per link, and their request list shows it.
ALTER TABLE patient_links ADD COLUMN finished_at timestamptz;
