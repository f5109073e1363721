/**
 * The review benchmark's data set, shared by the benchmarks that read it (bench/review.ts, bench/dashboard.ts):
 * 10 services, 200 practices, 80,000 patients and 100,000 requests with their lesions, consents, photographs,
 * transitions, messages, outcomes, letters, patient links and questionnaires, seeded by set-based SQL so every run
 * seeds the same rows. Not a benchmark itself (bench/run.ts runs only the files directly in bench/).
 */
import type pg from 'pg';
import { bodySites } from '../../shared/body-sites.ts';

export const SERVICES = 10;
export const PRACTICES = 200;
export const PATIENTS = 80_000;
export const REQUESTS = 100_000;
export const IMAGES_PER_REQUEST = 4;

// ---------------------------------------------------------------------------------------------------------------
// Seeding: set-based SQL, deterministic ids (md5 of a name and a number) so that rows can refer to each other
// without lookups, and deterministic "random" choices from hashint4 so that every run seeds the same data.

/** A number in [0, n) from a hash of a SQL integer expression and a salt. */
export const pick = (expr: string, salt: number, n: number) =>
  `((hashint4extended((${expr})::int, ${salt}) & 4611686018427387903) % ${n})`;
export const uuidOf = (prefix: string, expr: string) => `md5('${prefix}' || (${expr})::text)::uuid`;
export const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;

export const givenNames = [
  'Ada',
  'Grace',
  'Alan',
  'Mary',
  'Edward',
  'Florence',
  'Joseph',
  'Rosalind',
  'Isaac',
  'Dorothy',
];
export const familyNames = ['Lovelace', 'Hopper', 'Turing', 'Seacole', 'Jenner', 'Nightingale', 'Lister', 'Franklin'];
export const siteCodes = bodySites.map((s) => s.code);

/** Request g: patient k (the first 20,000 patients have two requests), practice j of k, service i of j. */
export const requestColumns = `g, 1 + ((g - 1) % ${PATIENTS}) AS k,
  1 + ((1 + ((g - 1) % ${PATIENTS})) % ${PRACTICES}) AS j,
  1 + ((1 + ((1 + ((g - 1) % ${PATIENTS})) % ${PRACTICES})) % ${SERVICES}) AS i,
  ${pick('g', 1, 10_000)} AS hs, ${pick('g', 2, 1_000_000_000)} AS hr`;

/** The state mix of a mature service: ~12% open, ~88% finished. */
export const stateOf = (h: string) => `CASE
  WHEN ${h} < 400 THEN 'ready_for_review' WHEN ${h} < 500 THEN 'in_review'
  WHEN ${h} < 700 THEN 'information_requested' WHEN ${h} < 1000 THEN 'awaiting_images'
  WHEN ${h} < 2000 THEN 'outcome_recorded' WHEN ${h} < 9800 THEN 'closed'
  WHEN ${h} < 9867 THEN 'withdrawn' WHEN ${h} < 9934 THEN 'not_accepted' ELSE 'redirected' END`;

/** The tables the seed steps fill, whose plain indexes a benchmark drops while it loads them and builds after. */
export const seededTables = [
  'patients',
  'requests',
  'lesions',
  'consents',
  'images',
  'request_transitions',
  'messages',
  'outcomes',
  'letters',
  'patient_links',
  'questionnaires',
];

export const seedSteps: [string, string][] = [
  [
    'organisations, users, memberships',
    `INSERT INTO organisations (id, kind, name, ods_code, address, postcode)
       SELECT ${uuidOf('svc', 'i')}, 'dermatology_service', 'Dermatology service ' || i, 'SVC' || lpad(i::text, 3, '0'),
              i || ' Hospital Road', 'NV1 1AA'
       FROM generate_series(1, ${SERVICES}) i
       UNION ALL
       SELECT ${uuidOf('prac', 'j')}, 'gp_practice', 'Practice ' || j || ' Surgery', 'P' || lpad(j::text, 5, '0'),
              j || ' High Street', 'NV2 2BB'
       FROM generate_series(1, ${PRACTICES}) j;
     INSERT INTO organisation_links (service_id, organisation_id, relationship)
       SELECT ${uuidOf('svc', '1 + (j % ' + SERVICES + ')')}, ${uuidOf('prac', 'j')}, 'serves_practice'
       FROM generate_series(1, ${PRACTICES}) j;
     INSERT INTO users (id, email, display_name, password_hash, gmc_number)
       SELECT ${uuidOf('cons', 'i')}, 'consultant' || i || '@bench.example', 'Dr Consultant ' || i, 'x',
              '70000' || lpad(i::text, 2, '0')
       FROM generate_series(1, ${SERVICES}) i;
     INSERT INTO users (id, email, display_name, password_hash, professional_registration)
       SELECT ${uuidOf('ref', 'j')}, 'referrer' || j || '@bench.example', 'Dr Referrer ' || j, 'x', 'GMC 6' || lpad(j::text, 6, '0')
       FROM generate_series(1, ${PRACTICES}) j;
     INSERT INTO memberships (user_id, organisation_id, roles)
       SELECT ${uuidOf('cons', 'i')}, ${uuidOf('svc', 'i')}, '{consultant}'::text[] FROM generate_series(1, ${SERVICES}) i
       UNION ALL
       SELECT ${uuidOf('ref', 'j')}, ${uuidOf('prac', 'j')}, '{referrer}'::text[] FROM generate_series(1, ${PRACTICES}) j;
     INSERT INTO service_settings (service_id) SELECT ${uuidOf('svc', 'i')} FROM generate_series(1, ${SERVICES}) i`,
  ],
  [
    `patients (${PATIENTS})`,
    `INSERT INTO patients (id, nhs_number, given_name, family_name, date_of_birth, sex, mobile, address, postcode,
                           practice_id, created_at, updated_at)
     SELECT ${uuidOf('pat', 'k')}, (9000000000 + k)::text,
            (${sqlArray(givenNames)})[1 + ${pick('k', 3, givenNames.length)}],
            (${sqlArray(familyNames)})[1 + ${pick('k', 4, familyNames.length)}],
            date '1930-01-01' + ${pick('k', 5, 32_000)}::int,
            (ARRAY['female', 'male', 'female', 'male', 'other'])[1 + ${pick('k', 6, 5)}],
            '07700 900' || lpad((k % 1000)::text, 3, '0'), k || ' Test Street', 'NV' || (k % 9 + 1) || ' 4DE',
            ${uuidOf('prac', `1 + (k % ${PRACTICES})`)}, now() - interval '3 years', now() - interval '3 years'
     FROM generate_series(1, ${PATIENTS}) k`,
  ],
  [
    `requests (${REQUESTS})`,
    `INSERT INTO requests (id, reference, kind, urgency, state, patient_id, practice_id, service_id, referrer_id,
                           clinical_question, history, submitted_at, ready_for_review_at, due_at, clock_paused_at,
                           closed_reason, created_at, updated_at, claimed_by, claimed_at, claim_touched_at)
     SELECT ${uuidOf('req', 'g')}, 'TD-' || lpad(g::text, 7, '0'),
            CASE WHEN ${pick('g', 7, 10)} < 7 THEN 'advice_and_guidance' ELSE 'referral' END,
            CASE WHEN ${pick('g', 8, 100)} < 15 THEN 'urgent' ELSE 'routine' END,
            state, ${uuidOf('pat', 'k')}, ${uuidOf('prac', 'j')}, ${uuidOf('svc', 'i')}, ${uuidOf('ref', 'j')},
            'Changing pigmented lesion, please advise on management.', '{}',
            created + interval '10 minutes',
            CASE WHEN state IN ('awaiting_images', 'withdrawn', 'not_accepted', 'redirected') THEN NULL
                 ELSE created + interval '1 hour' END,
            CASE WHEN open THEN now() + (hr % (28 * 24 * 60) - 14 * 24 * 60) * interval '1 minute'
                 WHEN state IN ('outcome_recorded', 'closed') THEN created + interval '3 days' END,
            CASE WHEN state = 'information_requested' THEN now() - interval '1 day' END,
            CASE WHEN state = 'closed' THEN 'outcome sent' WHEN state = 'withdrawn' THEN 'withdrawn by the practice' END,
            created, created + interval '2 hours',
            CASE WHEN state = 'in_review' THEN ${uuidOf('cons', 'i')} END,
            CASE WHEN state = 'in_review' THEN now() - (hr % 90) * interval '1 minute' END,
            CASE WHEN state = 'in_review' THEN now() - (hr % 90) * interval '1 minute' END
     FROM (SELECT *, state IN ('ready_for_review', 'in_review', 'information_requested', 'awaiting_images') AS open,
                  CASE WHEN state IN ('ready_for_review', 'in_review', 'information_requested', 'awaiting_images')
                       THEN now() - interval '20 days' + (hr % (19 * 24 * 60)) * interval '1 minute'
                       ELSE now() - interval '750 days' + (hr % (720 * 24 * 60)) * interval '1 minute' END AS created
           FROM (SELECT *, ${stateOf('hs')} AS state
                 FROM (SELECT ${requestColumns} FROM generate_series(1, ${REQUESTS}) g) a) b) c`,
  ],
  [
    'lesions (1–3 per request)',
    `INSERT INTO lesions (id, request_id, position, body_site, laterality, description, size_mm, created_at)
     SELECT ${uuidOf('les', "g || '.' || p")}, ${uuidOf('req', 'g')}, p,
            (${sqlArray(siteCodes)})[1 + ${pick('g * 3 + p', 9, siteCodes.length)}],
            (ARRAY['left', 'right', 'midline', 'not_applicable'])[1 + ${pick('g * 3 + p', 10, 4)}],
            'Pigmented macule, irregular edge', 2 + ${pick('g * 3 + p', 11, 30)}, now() - interval '20 days'
     FROM generate_series(1, ${REQUESTS}) g, generate_series(1, 1 + g % 3) p`,
  ],
  [
    'consents (1 per request)',
    `INSERT INTO consents (request_id, referral_and_image_sharing, teaching_use, method, recorded_by, recorded_at)
     SELECT id, true, false, 'verbal', referrer_id, created_at FROM requests`,
  ],
  [
    `images (${IMAGES_PER_REQUEST} per request)`,
    `INSERT INTO images (id, upload_id, request_id, lesion_id, view, state, original_key, original_bytes,
                         original_sha256, original_format, original_filename, width, height, captured_at,
                         captured_by, captured_by_label, device_make, device_model, perceptual_hash, quality,
                         derivatives, uploaded_at, processed_at)
     SELECT ${uuidOf('img', "g || '.' || n")}, 'upload-' || g || '-' || n, r.id,
            ${uuidOf('les', "g || '.' || (1 + (n - 1) % (1 + g % 3))")},
            (ARRAY['regional', 'close_up', 'dermoscopic', 'close_up'])[n], 'ready',
            'originals/' || r.id || '/' || n, 2400000 + n * 1000,
            md5('sha-a' || g || '.' || n) || md5('sha-b' || g || '.' || n), 'jpeg', 'IMG_' || (1000 + n) || '.jpg',
            4000, 3000, r.created_at - interval '1 hour', r.referrer_id, 'Dr Referrer', 'Apple', 'iPhone 15',
            'f0e1d2c3b4a59687', '{"warnings": [], "focus": 0.8, "exposure": 0.5}',
            jsonb_build_object(
              'viewing', jsonb_build_object('key', 'derived/' || r.id || '/' || n || '/viewing.jpg', 'bytes', 3100000,
                'width', 4000, 'height', 3000, 'contentType', 'image/jpeg'),
              'eref', jsonb_build_object('key', 'derived/' || r.id || '/' || n || '/viewing.jpg', 'bytes', 3100000,
                'width', 4000, 'height', 3000, 'contentType', 'image/jpeg'),
              'thumbnail', jsonb_build_object('key', 'derived/' || r.id || '/' || n || '/thumbnail.jpg', 'bytes', 21000,
                'width', 320, 'height', 240, 'contentType', 'image/jpeg')),
            r.created_at + n * interval '1 minute', r.created_at + n * interval '1 minute' + interval '2 seconds'
     FROM (SELECT r.*, substr(r.reference, 4)::int AS g FROM requests r) r, generate_series(1, ${IMAGES_PER_REQUEST}) n`,
  ],
  [
    'request transitions (3 per request)',
    `INSERT INTO request_transitions (request_id, action, from_state, to_state, actor_user_id, actor_label, at)
     SELECT id, (ARRAY['submit', 'images_received', 'advance'])[n],
            (ARRAY['draft', 'submitted', 'awaiting_images'])[n],
            CASE n WHEN 1 THEN 'submitted' WHEN 2 THEN 'awaiting_images' ELSE state END,
            referrer_id, 'Dr Referrer', created_at + n * interval '20 minutes'
     FROM requests, generate_series(1, 3) n`,
  ],
  [
    'messages',
    `INSERT INTO messages (request_id, author_user_id, author_label, author_organisation_id, kind, body, at)
     SELECT id, claimed_by, 'Dr Consultant', service_id, 'question', 'Could you send a dermoscopic view?', updated_at
     FROM requests WHERE state = 'information_requested'
     UNION ALL
     SELECT id, referrer_id, 'Dr Referrer', practice_id, 'note', 'Patient is anxious; please prioritise.', updated_at
     FROM requests WHERE substr(reference, 4)::int % 10 = 0`,
  ],
  [
    'outcomes and letters (finished requests)',
    `INSERT INTO outcomes (id, request_id, kind, category, diagnosis_code, diagnosis_term, plan, signed_by,
                           signed_by_name, gmc_number, signed_at)
     SELECT ${uuidOf('out', 'r.id')}, r.id, 'outcome',
            (ARRAY['discharge_with_advice', 'gp_to_prescribe', 'routine_face_to_face', 'biopsy_or_excision'])
              [1 + ${pick('substr(r.reference, 4)::int', 12, 4)}],
            '201101007', 'Seborrhoeic keratosis', 'Reassure; no treatment needed.', u.id, u.display_name,
            u.gmc_number, r.created_at + interval '2 days'
     FROM requests r JOIN memberships m ON m.organisation_id = r.service_id JOIN users u ON u.id = m.user_id
     WHERE r.state IN ('outcome_recorded', 'closed');
     INSERT INTO letters (request_id, outcome_id, audience, blob_key, bytes, created_at)
     SELECT o.request_id, o.id, a, 'letters/' || o.id || '/' || a || '.pdf', 48000, o.signed_at
     FROM outcomes o, unnest(ARRAY['referrer', 'patient']) a`,
  ],
  [
    'patient links (3 in 10 requests) and questionnaires (1 in 5)',
    `INSERT INTO patient_links (request_id, token_hash, channel, destination, created_by, created_at, expires_at,
                                opened_at, verified_at)
     SELECT id, md5('link-a' || reference) || md5('link-b' || reference), 'sms', '07700 900123', referrer_id,
            created_at, created_at + interval '14 days', created_at + interval '1 hour', created_at + interval '1 hour'
     FROM requests WHERE substr(reference, 4)::int % 10 < 3;
     INSERT INTO questionnaires (request_id, answers, updated_at, completed_at)
     SELECT id, '{"duration": "3 months", "itch": true}', created_at + interval '2 hours', created_at + interval '2 hours'
     FROM requests WHERE substr(reference, 4)::int % 10 < 2`,
  ],
];

/**
 * Bulk load as a restore does: one connection, foreign-key triggers off, the tables' plain indexes dropped first
 * and built again after (constraint indexes stay). Each step's time goes to `onStep`, the index rebuild as one step.
 */
export async function bulkLoad(
  pool: pg.Pool,
  tables: readonly string[],
  steps: readonly [string, string][],
  onStep: (label: string, ms: number) => void,
): Promise<void> {
  const timed = async (label: string, work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    onStep(label, performance.now() - t0);
  };
  const client = await pool.connect();
  try {
    const { rows: plainIndexes } = await client.query<{ name: string; definition: string }>(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes i
       WHERE schemaname = 'public' AND tablename = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [tables],
    );
    await client.query('SET session_replication_role = replica');
    for (const index of plainIndexes) await client.query(`DROP INDEX ${index.name}`);
    for (const [label, sql] of steps) await timed(`seeded ${label}`, () => client.query(sql));
    await timed(`built ${plainIndexes.length} indexes`, async () => {
      for (const index of plainIndexes) await client.query(index.definition);
    });
  } finally {
    await client.query('RESET session_replication_role').catch(() => {});
    client.release();
  }
}
