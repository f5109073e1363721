-- Overdue cases are escalated, not only tagged (issue 12, hazard H10). A case
-- is escalated once per stage: when its due day comes ("due") and when it
-- passes its due time ("breached"). The primary key makes "once" hold however
-- many worker processes run the job at the same moment.
CREATE TABLE escalations (
  request_id uuid NOT NULL REFERENCES requests (id),
  stage text NOT NULL CHECK (stage IN ('due', 'breached')),
  -- What was holding the case when it was escalated: nobody had claimed it,
  -- a consultant held it, or it waited on the referrer or patient.
  cause text NOT NULL CHECK (cause IN ('waiting_for_consultant', 'claimed', 'information_requested')),
  -- The consultant who held the case, told along with the service's admins.
  holder_id uuid REFERENCES users (id),
  at timestamptz NOT NULL,
  PRIMARY KEY (request_id, stage)
);
CREATE INDEX escalations_at ON escalations (at DESC);
