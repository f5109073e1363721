import type { Queryable } from '../../db/database.ts';

export type MessageKind = 'question' | 'photo_request' | 'answer' | 'note';
export type Message = { id: string; kind: MessageKind; body: string; authorLabel: string; at: Date };

export async function insertMessage(
  tx: Queryable,
  message: {
    requestId: string;
    authorUserId: string;
    authorLabel: string;
    authorOrganisationId: string;
    kind: MessageKind;
    body: string;
    at: Date;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO messages (request_id, author_user_id, author_label, author_organisation_id, kind, body, at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      message.requestId,
      message.authorUserId,
      message.authorLabel,
      message.authorOrganisationId,
      message.kind,
      message.body,
      message.at,
    ],
  );
  return rows[0]!.id;
}

export async function listMessages(db: Queryable, requestId: string): Promise<Message[]> {
  const { rows } = await db.query<Message>(
    'SELECT id, kind, body, author_label AS "authorLabel", at FROM messages WHERE request_id = $1 ORDER BY seq',
    [requestId],
  );
  return rows;
}

export type TransitionEntry = {
  action: string;
  fromState: string;
  toState: string;
  actorLabel: string;
  reason: string | null;
  at: Date;
};

export async function listTransitions(db: Queryable, requestId: string): Promise<TransitionEntry[]> {
  const { rows } = await db.query<TransitionEntry>(
    `SELECT action, from_state AS "fromState", to_state AS "toState", actor_label AS "actorLabel", reason, at
     FROM request_transitions WHERE request_id = $1 ORDER BY id`,
    [requestId],
  );
  return rows;
}
