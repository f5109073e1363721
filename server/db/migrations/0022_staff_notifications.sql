-- The staff notification centre (issue 20): what a referrer, consultant or service admin must act on (a question
-- for them, an answer to theirs, a case returned to them, an outcome signed, an escalation), one row per person
-- told, written in the transaction of the event that causes it, so none is lost or told of a change that did not
-- happen. Read or unread is kept per person. The text names the request by its reference and says nothing of the
-- patient or their condition: the record is one click away, behind its own access checks.
CREATE TABLE staff_notifications (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users (id),
  -- The organisation, party to the request, through which the person was told: while they no longer belong to it,
  -- the notification is not shown to them.
  organisation_id uuid NOT NULL REFERENCES organisations (id),
  request_id uuid NOT NULL REFERENCES requests (id),
  kind text NOT NULL CHECK (kind IN ('question', 'photographs_requested', 'answer', 'message', 'not_accepted',
    'redirected', 'returned', 'outcome', 'addendum', 'escalation_due', 'escalation_breached')),
  -- Which page the link opens: the referrer's request page, the consultant's case page, or the service's view.
  audience text NOT NULL CHECK (audience IN ('referrer', 'consultant', 'service')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX staff_notifications_user ON staff_notifications (user_id, created_at DESC);
CREATE INDEX staff_notifications_unread ON staff_notifications (user_id) WHERE read_at IS NULL;
