import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomeCategories, type OutcomeCategory } from '../../../shared/outcome-categories.ts';
import { friendsAndFamilyAnswers } from '../../../shared/patient-questions.ts';
import { buildOrganisation, buildUser, linkOrganisations } from '../../testing/factories.ts';
import { caller, draftRequest, markImagesComplete } from '../../testing/intake.ts';
import { signOutcome } from '../../testing/review.ts';
import { as, buildTestApp, signInAs, type SignedIn, type TestApp } from '../../testing/test-app.ts';
import { londonDate, workingDaysBetween } from '../../working-days.ts';
import { diagnoses } from '../review/diagnoses.ts';

/**
 * The service dashboard against a known stretch of time: February to early May 2026, made through the API as the
 * referrers and consultants would make it (the response targets, due dates and pauses are the service's own), with
 * photographs, clinic slots and feedback written straight into their tables. Every figure the dashboard gives for
 * March and April is compared with a count the test makes itself from what it did: the months of submission and
 * signing in London time, turnaround as working days with the pauses taken off, percentiles by linear
 * interpolation. A few figures are also written out by hand, so that the test's own counting is checked too.
 */

let t: TestApp;
type Who = 'gp1' | 'gp2' | 'gp3' | 'c1' | 'c2' | 'c3' | 'admin' | 'admin3';
const users = new Map<Who, { id: string; email: string; password: string }>();
const sessions = new Map<Who, SignedIn>();
const ids = { service: '', service2: '', service3: '', p1: '', p2: '', p3: '', clinic: '' };
const seb = diagnoses.find((d) => /seborrh?oeic keratosis/i.test(d.term))!;

/** What the test did to each request, from which it counts. */
type Seeded = {
  id: string;
  service: 'S' | 'S2';
  practice: 'p1' | 'p2' | 'p3';
  kind: 'advice_and_guidance' | 'referral';
  urgency: 'routine' | 'urgent';
  submittedAt: Date | null;
  /** Made by converting Advice & Guidance, not sent by a referrer. */
  converted: boolean;
  photos: { warned: boolean; removed: boolean; failed: boolean }[];
  decision: 'accepted' | 'not_accepted' | 'redirect_urgent_cancer' | null;
  firedRules: string[];
  readyAt: Date | null;
  pauses: [Date, Date][];
  photoRequested: boolean;
  outcome: { category: OutcomeCategory; signer: 'c1' | 'c2' | 'c3'; at: Date; dueAt: Date } | null;
};
const seeded: Seeded[] = [];

const at = (iso: string) => {
  t.clock.set(iso);
  return new Date(iso);
};
const call = (who: Who) => caller(t.app, sessions.get(who)!);
function ok(response: Awaited<ReturnType<ReturnType<typeof caller>>>, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** A photograph of the lesion, as the images module stores one: processed (or failed), perhaps with warnings. */
async function photograph(c: Seeded, lesionId: string, photo: Partial<Seeded['photos'][number]>, uploadedAt: Date) {
  const p = { warned: false, removed: false, failed: false, ...photo };
  const gp = users.get(c.practice === 'p2' ? 'gp2' : c.practice === 'p3' ? 'gp3' : 'gp1')!;
  await t.db.pool.query(
    `INSERT INTO images (upload_id, request_id, lesion_id, view, state, original_key, original_bytes, original_sha256,
       original_format, captured_by_label, quality, uploaded_at, removed_at, removed_by, removal_reason)
     VALUES (gen_random_uuid()::text, $1, $2, 'close_up', $3, 'originals/test', 1000,
       encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex'), 'jpeg', 'test', $4, $5, $6, $7, $8)`,
    [
      c.id,
      lesionId,
      p.failed ? 'failed' : 'ready',
      p.failed ? null : { warnings: p.warned ? [{ code: 'blurred', message: 'Blurred' }] : [], focus: 100 },
      uploadedAt,
      p.removed ? uploadedAt : null,
      p.removed ? gp.id : null,
      p.removed ? 'Wrong lesion' : null,
    ],
  );
  c.photos.push(p);
}

type CaseOptions = {
  who: 'gp1' | 'gp2' | 'gp3';
  kind?: Seeded['kind'];
  urgency?: Seeded['urgency'];
  /** Photographs taken before submission: with all lesions photographed, the case is ready at once. */
  photos?: Partial<Seeded['photos'][number]>[];
  submitAt: string;
  readyAt?: string;
  lesions?: number;
  history?: object;
  dateOfBirth?: string;
  conversionAuthorised?: boolean;
  /** Record a suspected melanoma at this moment instead of submitting: redirected at once. */
  suspectedMelanoma?: boolean;
};

async function newCase(o: CaseOptions): Promise<Seeded> {
  const serviceId = o.who === 'gp3' ? ids.service2 : ids.service;
  const practice = o.who === 'gp1' ? 'p1' : o.who === 'gp2' ? 'p2' : 'p3';
  const submitAt = new Date(o.submitAt);
  at(new Date(submitAt.getTime() - 3_600_000).toISOString());
  const draft = await draftRequest(t.app, sessions.get(o.who)!, serviceId, {
    kind: o.kind ?? 'referral',
    urgency: o.urgency ?? 'routine',
    lesions: o.lesions ?? 1,
    ...(o.history ? { history: o.history } : {}),
    ...(o.dateOfBirth ? { dateOfBirth: o.dateOfBirth } : {}),
  });
  const c: Seeded = {
    id: draft.id,
    service: o.who === 'gp3' ? 'S2' : 'S',
    practice,
    kind: o.kind ?? 'referral',
    urgency: o.urgency ?? 'routine',
    submittedAt: null,
    converted: false,
    photos: [],
    decision: null,
    firedRules: [],
    readyAt: null,
    pauses: [],
    photoRequested: false,
    outcome: null,
  };
  seeded.push(c);
  if (o.conversionAuthorised) {
    const { version } = await ok(await call(o.who)('GET', `/api/requests/${c.id}`));
    await ok(await call(o.who)('PATCH', `/api/requests/${c.id}`, { version, conversionAuthorised: true }));
  }
  for (const photo of o.photos ?? []) await photograph(c, draft.lesionIds[0]!, photo, t.clock.now());
  at(o.submitAt);
  let state: string;
  if (o.suspectedMelanoma) {
    const { version, history } = await ok(await call(o.who)('GET', `/api/requests/${c.id}`));
    const patched = await ok(
      await call(o.who)('PATCH', `/api/requests/${c.id}`, {
        version,
        history: { ...history, suspectedCancer: ['melanoma'] },
      }),
    );
    state = patched.state;
  } else {
    state = (await ok(await call(o.who)('POST', `/api/requests/${c.id}/submit`))).state;
  }
  c.submittedAt = submitAt;
  const detail = await ok(await call(o.who)('GET', `/api/requests/${c.id}`));
  c.decision = detail.eligibility.decision;
  c.firedRules = detail.eligibility.firedRules;
  if (state === 'ready_for_review') c.readyAt = submitAt;
  if (o.readyAt) {
    expect(state).toBe('awaiting_images');
    await markImagesComplete(t.db.pool, c.id, at(o.readyAt));
    c.readyAt = new Date(o.readyAt);
  }
  return c;
}

const outcomeExtras: Partial<Record<OutcomeCategory, object>> = {
  gp_to_prescribe: { medicines: [{ name: 'Emollient', directions: 'Apply twice daily' }] },
  onward_referral: { onwardReferral: 'Plastic surgery' },
};

async function claim(c: Seeded, who: 'c1' | 'c2' | 'c3', when: string): Promise<number> {
  at(when);
  return (await ok(await call(who)('POST', `/api/requests/${c.id}/claim`))).version;
}

async function sign(c: Seeded, who: 'c1' | 'c2' | 'c3', category: OutcomeCategory, when: string) {
  const version = await claim(c, who, new Date(new Date(when).getTime() - 600_000).toISOString());
  at(when);
  const signed = await signOutcome(call(who), c.id, {
    version,
    category,
    diagnosisCode: seb.code,
    plan: 'Plan written for the test.',
    planConfirmed: true,
    ...outcomeExtras[category],
  });
  expect(signed.statusCode, signed.body).toBe(200);
  const detail = await ok(await call(who)('GET', `/api/requests/${c.id}`));
  c.outcome = { category, signer: who, at: new Date(when), dueAt: new Date(detail.dueAt) };
}

/** A question (or a request for better photographs): the case waits on the referrer, its clock paused. */
async function ask(c: Seeded, who: 'c1' | 'c2', kind: 'question' | 'photo_request', when: string) {
  await claim(c, who, new Date(new Date(when).getTime() - 600_000).toISOString());
  at(when);
  await ok(await call(who)('POST', `/api/requests/${c.id}/messages`, { kind, body: 'Please send more.' }), 201);
  if (kind === 'photo_request') c.photoRequested = true;
  c.pauses.push([new Date(when), new Date(when)]);
}

/** The referrer's answer: the case is back with the service, and the pause ends. */
async function answer(c: Seeded, when: string) {
  at(when);
  const gp = c.practice === 'p1' ? 'gp1' : 'gp2';
  await ok(await call(gp)('POST', `/api/requests/${c.id}/messages`, { kind: 'answer', body: 'Sent.' }), 201);
  c.pauses.at(-1)![1] = new Date(when);
}

// ------------------------------------------------------------------------------------------------------------
// The test's own count.

type Filter = { pathway?: Seeded['kind']; practice?: 'p1' | 'p2'; consultant?: 'c1' | 'c2' };
/** A month as 2026-03, or both months together. */
type Month = `${number}-${number}` | 'total';

const monthOf = (instant: Date) => londonDate(instant).slice(0, 7);
const inMonth = (instant: Date | null | undefined, month: Month) =>
  instant !== null &&
  instant !== undefined &&
  (month === 'total' ? ['2026-03', '2026-04'] : [month]).includes(monthOf(instant));
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);
const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** Linear interpolation between closest ranks (Excel's PERCENTILE.INC). */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function turnaround(c: Seeded): number {
  const paused = c.pauses.reduce((sum, [from, to]) => sum + workingDaysBetween(from, to), 0);
  return workingDaysBetween(c.readyAt!, c.outcome!.at) - paused;
}

function selectedBy(filter: Filter) {
  return (c: Seeded) =>
    c.service === 'S' &&
    (!filter.pathway || c.kind === filter.pathway) &&
    (!filter.practice || c.practice === filter.practice) &&
    (!filter.consultant || c.outcome?.signer === filter.consultant);
}

function expectedFigures(month: Month, filter: Filter = {}) {
  const mine = seeded.filter(selectedBy(filter));
  const received = mine.filter((c) => !c.converted && inMonth(c.submittedAt, month));
  const answered = mine.filter((c) => inMonth(c.outcome?.at, month));
  const categories = Object.fromEntries(
    outcomeCategories.map((k) => [k, answered.filter((c) => c.outcome!.category === k).length]),
  );
  const byGp = (c: Seeded) => ['discharge_with_advice', 'gp_to_prescribe'].includes(c.outcome!.category);
  const advice = answered.filter((c) => c.kind === 'advice_and_guidance');
  const processed = received.flatMap((c) => c.photos.filter((p) => !p.failed));
  const withPhotographs = received.filter((c) => c.photos.some((p) => !p.failed && !p.removed)).length;
  const withinTarget = answered.filter((c) => c.outcome!.at <= c.outcome!.dueAt).length;
  const days = answered.map(turnaround);
  return {
    volume: {
      received: received.length,
      adviceAndGuidance: received.filter((c) => c.kind === 'advice_and_guidance').length,
      referral: received.filter((c) => c.kind === 'referral').length,
      routine: received.filter((c) => c.urgency === 'routine').length,
      urgent: received.filter((c) => c.urgency === 'urgent').length,
      withPhotographs,
      withPhotographsPercent: share(withPhotographs, received.length),
    },
    timeliness: {
      answered: answered.length,
      withinTarget,
      withinTargetPercent: share(withinTarget, answered.length),
      medianWorkingDays: oneDecimal(percentile(days, 0.5)),
      p90WorkingDays: oneDecimal(percentile(days, 0.9)),
    },
    outcomes: {
      categories,
      withoutFaceToFace: answered.filter(byGp).length,
      withoutFaceToFacePercent: share(answered.filter(byGp).length, answered.length),
      adviceAnswered: advice.length,
      adviceWithoutReferral: advice.filter(byGp).length,
      adviceWithoutReferralPercent: share(advice.filter(byGp).length, advice.length),
      convertedToReferral: answered.filter((c) => c.outcome!.category === 'convert_to_referral').length,
      redirectedAtIntake: received.filter((c) => c.decision === 'redirect_urgent_cancer').length,
      redirectedByConsultant: answered.filter((c) => c.outcome!.category === 'redirect_urgent_cancer').length,
      notAccepted: received.filter((c) => c.decision === 'not_accepted').length,
    },
    quality: {
      photographs: processed.length,
      withWarning: processed.filter((p) => p.warned).length,
      withWarningPercent: share(processed.filter((p) => p.warned).length, processed.length),
      returnedForPhotographs: received.filter((c) => c.photoRequested).length,
      returnedForPhotographsPercent: share(received.filter((c) => c.photoRequested).length, received.length),
    },
  };
}

// Clinic slots and appointments, and feedback, as written into their tables (see beforeAll).
type SlotSeed = {
  session: number;
  month: string;
  cancelledSession: boolean;
  appointment: { service: 'S' | 'S2'; status: string; endedBy: string | null } | null;
};
const slotSeeds: SlotSeed[] = [];
const feedbackSeeds: { service: 'S' | 'S2'; month: string; answer: string }[] = [];

function expectedClinics(month: Month) {
  const slots = slotSeeds.filter((s) => (month === 'total' ? ['2026-03', '2026-04'] : [month]).includes(s.month));
  const live = slots.filter((s) => !s.cancelledSession);
  const usedBy = (s: SlotSeed, service: 'S' | 'S2') =>
    s.appointment?.service === service && ['booked', 'attended', 'did_not_attend'].includes(s.appointment.status);
  const ours = slots.map((s) => s.appointment).filter((a) => a?.service === 'S');
  const attended = ours.filter((a) => a!.status === 'attended').length;
  const didNotAttend = ours.filter((a) => a!.status === 'did_not_attend').length;
  const available = live.filter((s) => !usedBy(s, 'S2')).length;
  const used = live.filter((s) => usedBy(s, 'S')).length;
  return {
    slotsAvailable: available,
    slotsUsed: used,
    utilisationPercent: share(used, available),
    attended,
    didNotAttend,
    didNotAttendPercent: share(didNotAttend, attended + didNotAttend),
    cancelledByPatient: ours.filter((a) => a!.status === 'cancelled' && a!.endedBy === 'patient').length,
    cancelledByService: ours.filter((a) => a!.status === 'cancelled' && a!.endedBy !== 'patient').length,
    sessionsCancelled: new Set(slots.filter((s) => s.cancelledSession).map((s) => s.session)).size,
  };
}

function expectedFeedback(month: Month) {
  const months = month === 'total' ? ['2026-03', '2026-04'] : [month];
  const answers = feedbackSeeds.filter((f) => f.service === 'S' && months.includes(f.month));
  const counts = Object.fromEntries(
    friendsAndFamilyAnswers.map((a) => [a, answers.filter((f) => f.answer === a).length]),
  );
  const of = (...which: string[]) => answers.filter((f) => which.includes(f.answer)).length;
  return {
    responses: answers.length,
    answers: counts,
    positivePercent: share(of('very_good', 'good'), answers.length),
    negativePercent: share(of('poor', 'very_poor'), answers.length),
  };
}

// ------------------------------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await buildTestApp({ SESSION_IDLE_MINUTES: '500000', SESSION_ABSOLUTE_HOURS: '5000' });
  at('2026-02-01T09:00:00Z');
  const pool = t.db.pool;
  const service = await buildOrganisation(pool, { kind: 'dermatology_service', name: 'Vale Dermatology' });
  const service2 = await buildOrganisation(pool, { kind: 'dermatology_service', name: 'Hill Dermatology' });
  const service3 = await buildOrganisation(pool, { kind: 'dermatology_service', name: 'Empty Dermatology' });
  const p1 = await buildOrganisation(pool, { kind: 'gp_practice', name: 'Brook Surgery' });
  // A name a spreadsheet would run as a formula, for the CSV export.
  const p2 = await buildOrganisation(pool, { kind: 'gp_practice', name: '=HYPERLINK("x") Medical Centre' });
  const p3 = await buildOrganisation(pool, { kind: 'gp_practice', name: 'Hill Practice' });
  const clinic = await buildOrganisation(pool, { kind: 'community_clinic', name: 'Shared Clinic' });
  Object.assign(ids, {
    service: service.id,
    service2: service2.id,
    service3: service3.id,
    p1: p1.id,
    p2: p2.id,
    p3: p3.id,
    clinic: clinic.id,
  });
  await linkOrganisations(pool, service.id, p1.id);
  await linkOrganisations(pool, service.id, p2.id);
  await linkOrganisations(pool, service2.id, p3.id);
  await linkOrganisations(pool, service.id, clinic.id, 'clinic_provider');
  await linkOrganisations(pool, service2.id, clinic.id, 'clinic_provider');
  const make = async (
    who: Who,
    organisationId: string,
    role: 'referrer' | 'consultant' | 'service_admin',
    name: string,
  ) => users.set(who, await buildUser(pool, { organisationId, roles: [role], displayName: name }));
  await make('gp1', p1.id, 'referrer', 'Dr Gina Pratt');
  await make('gp2', p2.id, 'referrer', 'Dr Hal Moss');
  await make('gp3', p3.id, 'referrer', 'Dr Ivy Hill');
  await make('c1', service.id, 'consultant', 'Dr Ann Able');
  await make('c2', service.id, 'consultant', 'Dr Ben Baker');
  await make('c3', service2.id, 'consultant', 'Dr Cal Crane');
  await make('admin', service.id, 'service_admin', 'Helen Admin');
  await make('admin3', service3.id, 'service_admin', 'Empty Admin');
  for (const [who, user] of users) sessions.set(who, await signInAs(t.app, user.email, user.password));

  // February: received before the period, answered in March, late.
  const f1 = await newCase({ who: 'gp1', photos: [{}], submitAt: '2026-02-10T09:00:00Z' });
  // March.
  const a1 = await newCase({
    who: 'gp1',
    kind: 'advice_and_guidance',
    photos: [{ warned: true }, {}],
    submitAt: '2026-03-02T09:00:00Z',
  });
  await sign(a1, 'c1', 'discharge_with_advice', '2026-03-03T15:00:00Z');
  await sign(f1, 'c1', 'discharge_with_advice', '2026-03-04T10:00:00Z');
  const a2 = await newCase({
    who: 'gp2',
    kind: 'advice_and_guidance',
    urgency: 'urgent',
    photos: [{ warned: true }],
    submitAt: '2026-03-05T09:00:00Z',
  });
  await ask(a2, 'c1', 'photo_request', '2026-03-06T09:05:00Z');
  const r1 = await newCase({ who: 'gp1', submitAt: '2026-03-09T09:00:00Z', readyAt: '2026-03-09T12:00:00Z' });
  await answer(a2, '2026-03-10T11:00:00Z');
  await photograph(r1, (await lesionOf(r1)).id, {}, new Date('2026-03-09T11:00:00Z'));
  await photograph(a2, (await lesionOf(a2)).id, { warned: true, removed: true }, new Date('2026-03-10T10:00:00Z'));
  await sign(a2, 'c2', 'gp_to_prescribe', '2026-03-11T16:00:00Z');
  await newCase({
    who: 'gp2',
    lesions: 4,
    history: { previousSkinCancer: ['melanoma'] },
    submitAt: '2026-03-16T10:00:00Z',
  });
  await sign(r1, 'c2', 'routine_face_to_face', '2026-03-20T10:00:00Z');
  // 09:00 on the first day of British Summer Time.
  const r2 = await newCase({
    who: 'gp2',
    urgency: 'urgent',
    photos: [{ failed: true }],
    submitAt: '2026-03-30T08:00:00Z',
    readyAt: '2026-03-30T09:00:00Z',
  });
  // April: the first at 00:30 on 1 April in London, 31 March in UTC.
  const a3 = await newCase({
    who: 'gp1',
    kind: 'advice_and_guidance',
    conversionAuthorised: true,
    photos: [{}],
    submitAt: '2026-03-31T23:30:00Z',
  });
  await sign(a3, 'c1', 'convert_to_referral', '2026-04-01T13:00:00Z');
  const converted = await convertedFrom(a3);
  const r10 = await newCase({ who: 'gp2', photos: [{}], submitAt: '2026-04-02T09:00:00Z' });
  // Good Friday and Easter Monday fall between.
  await sign(r2, 'c1', 'biopsy_or_excision', '2026-04-07T09:00:00Z');
  await sign(r10, 'c2', 'redirect_urgent_cancer', '2026-04-07T11:00:00Z');
  const a4 = await newCase({
    who: 'gp2',
    kind: 'advice_and_guidance',
    photos: [{}],
    submitAt: '2026-04-08T09:00:00Z',
  });
  await sign(converted, 'c2', 'discharge_with_advice', '2026-04-08T10:00:00Z');
  await sign(a4, 'c2', 'recommend_referral', '2026-04-09T09:00:00Z');
  const x1 = await newCase({ who: 'gp3', photos: [{ warned: true }], submitAt: '2026-04-10T09:00:00Z' });
  await sign(x1, 'c3', 'discharge_with_advice', '2026-04-13T09:00:00Z');
  await newCase({ who: 'gp1', suspectedMelanoma: true, submitAt: '2026-04-14T09:00:00Z' });
  await newCase({ who: 'gp2', dateOfBirth: '2015-01-01', submitAt: '2026-04-15T09:00:00Z' });
  const r6 = await newCase({ who: 'gp1', photos: [{}], submitAt: '2026-04-20T09:00:00Z' });
  await claim(r6, 'c1', '2026-04-20T10:00:00Z');
  const a5 = await newCase({
    who: 'gp2',
    kind: 'advice_and_guidance',
    photos: [{ warned: true }],
    submitAt: '2026-04-21T09:00:00Z',
  });
  await ask(a5, 'c2', 'question', '2026-04-22T09:05:00Z');
  const r7 = await newCase({ who: 'gp1', urgency: 'urgent', submitAt: '2026-04-22T10:00:00Z' });
  const w1 = await newCase({ who: 'gp1', kind: 'advice_and_guidance', submitAt: '2026-04-23T09:00:00Z' });
  at('2026-04-24T09:00:00Z');
  await ok(await call('gp1')('POST', `/api/requests/${w1.id}/withdraw`, { reason: 'Resolved' }));
  const r9 = await newCase({ who: 'gp2', photos: [{}], submitAt: '2026-04-29T09:00:00Z' });
  // A draft is the practice's own: never counted.
  await draftRequest(t.app, sessions.get('gp1')!, ids.service);
  // May: answered after the period; and one still open, not yet due.
  await sign(r9, 'c1', 'onward_referral', '2026-05-06T09:00:00Z');
  await newCase({ who: 'gp1', kind: 'advice_and_guidance', photos: [{}], submitAt: '2026-05-06T10:00:00Z' });

  await clinicSeeds([r7.id, w1.id, r6.id], x1.id);
  for (const [service, month, answer] of [
    ['S', '2026-03', 'very_good'],
    ['S', '2026-03', 'very_good'],
    ['S', '2026-03', 'good'],
    ['S', '2026-03', 'poor'],
    ['S', '2026-04', 'neither'],
    ['S', '2026-04', 'very_poor'],
    ['S', '2026-04', 'dont_know'],
    ['S', '2026-02', 'very_good'],
    ['S2', '2026-04', 'very_good'],
  ] as const) {
    feedbackSeeds.push({ service, month, answer });
    await pool.query(`INSERT INTO feedback_responses (service_id, month, answers) VALUES ($1, $2, $3)`, [
      service === 'S' ? ids.service : ids.service2,
      `${month}-01`,
      { friendsAndFamily: answer },
    ]);
  }
  at('2026-05-07T10:00:00Z');
}, 120_000);
afterAll(() => t.close());

async function lesionOf(c: Seeded) {
  const { rows } = await t.db.pool.query<{ id: string }>('SELECT id FROM lesions WHERE request_id = $1', [c.id]);
  return rows[0]!;
}

/** The referral a conversion made: the test records it as the service made it. */
async function convertedFrom(advice: Seeded): Promise<Seeded> {
  const { rows } = await t.db.pool.query<{ id: string; submitted_at: Date; ready_for_review_at: Date }>(
    'SELECT id, submitted_at, ready_for_review_at FROM requests WHERE converted_from = $1',
    [advice.id],
  );
  const c: Seeded = {
    ...advice,
    id: rows[0]!.id,
    kind: 'referral',
    converted: true,
    submittedAt: rows[0]!.submitted_at,
    photos: advice.photos.filter((p) => !p.failed && !p.removed),
    readyAt: rows[0]!.ready_for_review_at,
    pauses: [],
    photoRequested: false,
    outcome: null,
  };
  expect(c.readyAt).toEqual(advice.outcome!.at);
  seeded.push(c);
  return c;
}

/**
 * Clinic sessions at the clinic both services use: in April one of four slots (attended, did not attend,
 * cancelled by the patient, and taken by the other service's patient) and a cancelled one of two slots; in March
 * one of two slots (booked, and cancelled by the clerk).
 */
async function clinicSeeds(ours: string[], theirs: string) {
  const pool = t.db.pool;
  const { rows: sites } = await pool.query<{ id: string }>(
    `INSERT INTO clinic_sites (clinic_id, name, address, postcode, created_at) VALUES ($1, 'Site', '1 Road', 'NV1 1AA', now())
     RETURNING id`,
    [ids.clinic],
  );
  const sessions: { month: string; start: string; cancelled: boolean; slots: SlotSeed['appointment'][] }[] = [
    {
      month: '2026-04',
      start: '2026-04-16T09:00:00Z',
      cancelled: false,
      slots: [
        { service: 'S', status: 'attended', endedBy: 'photographer' },
        { service: 'S', status: 'did_not_attend', endedBy: 'photographer' },
        { service: 'S', status: 'cancelled', endedBy: 'patient' },
        { service: 'S2', status: 'attended', endedBy: 'photographer' },
      ],
    },
    {
      month: '2026-04',
      start: '2026-04-17T09:00:00Z',
      cancelled: true,
      slots: [{ service: 'S', status: 'cancelled', endedBy: 'session' }, null],
    },
    {
      month: '2026-03',
      start: '2026-03-31T22:30:00Z', // 23:30 on 31 March in London
      cancelled: false,
      slots: [{ service: 'S', status: 'booked', endedBy: null }, null],
    },
    {
      month: '2026-03',
      start: '2026-03-12T09:00:00Z',
      cancelled: false,
      slots: [{ service: 'S', status: 'cancelled', endedBy: 'clerk' }],
    },
  ];
  let next = 0;
  for (const [number, session] of sessions.entries()) {
    const start = new Date(session.start);
    const end = new Date(start.getTime() + session.slots.length * 15 * 60_000);
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO clinic_sessions (site_id, starts_at, ends_at, slot_minutes, cancelled_at, created_at)
       VALUES ($1, $2, $3, 15, $4, now()) RETURNING id`,
      [sites[0]!.id, start, end, session.cancelled ? start : null],
    );
    for (const [index, appointment] of session.slots.entries()) {
      const slotStart = new Date(start.getTime() + index * 15 * 60_000);
      const { rows: slot } = await pool.query<{ id: string }>(
        'INSERT INTO clinic_slots (session_id, starts_at, ends_at) VALUES ($1, $2, $3) RETURNING id',
        [rows[0]!.id, slotStart, new Date(slotStart.getTime() + 15 * 60_000)],
      );
      slotSeeds.push({ session: number, month: session.month, cancelledSession: session.cancelled, appointment });
      if (!appointment) continue;
      const requestId = appointment.service === 'S' ? ours[next++ % ours.length]! : theirs;
      await pool.query(
        `INSERT INTO appointments (request_id, slot_id, status, booked_at, ended_at, ended_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          requestId,
          slot[0]!.id,
          appointment.status,
          start,
          appointment.status === 'booked' ? null : start,
          appointment.endedBy,
        ],
      );
    }
  }
}

// ------------------------------------------------------------------------------------------------------------

const dashboardUrl = (serviceId: string, query = 'from=2026-03&to=2026-04') =>
  `/api/services/${serviceId}/dashboard?${query}`;

async function dashboard(who: Who, query?: string, serviceId = ids.service) {
  return ok(await t.app.inject({ url: dashboardUrl(serviceId, query), headers: as(sessions.get(who)!) }));
}

const requestFigures = (f: Record<string, unknown>) => ({
  volume: f['volume'],
  timeliness: f['timeliness'],
  outcomes: f['outcomes'],
  quality: f['quality'],
});

describe('the service dashboard, against a count made by the test', () => {
  it('gives every figure of each month and of the period as the test counts them', async () => {
    const d = await dashboard('admin');
    expect(d.service).toEqual({ id: ids.service, name: 'Vale Dermatology' });
    expect(d.period).toEqual({ from: '2026-03', to: '2026-04', months: ['2026-03', '2026-04'] });
    expect(d.months.map((m: { month: string }) => m.month)).toEqual(['2026-03', '2026-04']);
    for (const [index, month] of (['2026-03', '2026-04'] as const).entries()) {
      expect(requestFigures(d.months[index]), month).toEqual(expectedFigures(month));
      expect(d.months[index].clinics, month).toEqual(expectedClinics(month));
      expect(d.months[index].feedback, month).toEqual(expectedFeedback(month));
    }
    expect(requestFigures(d.total)).toEqual(expectedFigures('total'));
    expect(d.total.clinics).toEqual(expectedClinics('total'));
    expect(d.total.feedback).toEqual(expectedFeedback('total'));
  });

  it('agrees with figures written out by hand, so that the count above is checked too', async () => {
    const [march, april] = (await dashboard('admin')).months;
    // March: A1, A2, R1, the request with four lesions, and R2 (09:00 BST on the 30th).
    expect(march.volume).toMatchObject({
      received: 5,
      adviceAndGuidance: 2,
      referral: 3,
      urgent: 2,
      withPhotographs: 3,
    });
    // Answered in March: F1 (late, received in February), A1 (1 day), A2 (4 days less 2 paused), R1 (9 days, late).
    expect(march.timeliness).toEqual({
      answered: 4,
      withinTarget: 2,
      withinTargetPercent: 50,
      medianWorkingDays: 5.5,
      p90WorkingDays: 13.9,
    });
    // April: A3 counts in April (00:30 London time on the 1st); the referral converted from it is not counted again.
    expect(april.volume.received).toBe(10);
    // R2: 4 working days over Easter (late); A3 0; the converted referral 3; R10 1; A4 1.
    expect(april.timeliness).toMatchObject({ answered: 5, withinTarget: 4, medianWorkingDays: 1 });
    expect(april.outcomes).toMatchObject({
      convertedToReferral: 1,
      redirectedAtIntake: 1,
      redirectedByConsultant: 1,
      notAccepted: 1,
      adviceAnswered: 2,
      adviceWithoutReferral: 0,
    });
    expect(march.quality).toMatchObject({ photographs: 5, withWarning: 3, returnedForPhotographs: 1 });
    expect(april.clinics).toMatchObject({
      slotsAvailable: 3,
      slotsUsed: 2,
      utilisationPercent: 66.7,
      didNotAttendPercent: 50,
    });
    expect(april.feedback).toMatchObject({ responses: 3, positivePercent: 0, negativePercent: 33.3 });
  });

  it('counts the cases open now: with the service, paused on the referrer, and past their target', async () => {
    const d = await dashboard('admin');
    expect(d.openNow).toEqual([
      { pathway: 'advice_and_guidance', withService: 1, paused: 1, open: 2, pastTarget: 0 },
      { pathway: 'referral', withService: 1, paused: 0, open: 1, pastTarget: 1 },
      { pathway: 'all', withService: 2, paused: 1, open: 3, pastTarget: 1 },
    ]);
  });

  it('gives the reasons requests were not accepted, by the rules that refused them', async () => {
    const d = await dashboard('admin');
    const refused = seeded.filter((c) => c.service === 'S' && c.decision === 'not_accepted');
    const rules = [...new Set(refused.flatMap((c) => c.firedRules))].sort();
    expect(rules).toEqual(['more-than-three-lesions', 'previous-skin-cancer', 'under-18']);
    expect(d.notAccepted).toEqual(
      rules.map((rule) => {
        const months = ['2026-03', '2026-04'].map(
          (m) => refused.filter((c) => c.firedRules.includes(rule) && monthOf(c.submittedAt!) === m).length,
        );
        return { rule, label: expect.any(String), months, total: months[0]! + months[1]! };
      }),
    );
    expect(d.notAccepted.find((r: { rule: string }) => r.rule === 'under-18').label).toMatch(/18 and over/);
  });

  it('gives the same figures by practice and by consultant as the test counts with those filters', async () => {
    const d = await dashboard('admin');
    for (const practice of ['p1', 'p2'] as const) {
      const figures = expectedFigures('total', { practice });
      const row = d.practices.find((p: { id: string }) => p.id === ids[practice]);
      expect(row, practice).toMatchObject({
        received: figures.volume.received,
        notAccepted: figures.outcomes.notAccepted,
        redirectedAtIntake: figures.outcomes.redirectedAtIntake,
        answered: figures.timeliness.answered,
        withinTargetPercent: figures.timeliness.withinTargetPercent,
        medianWorkingDays: figures.timeliness.medianWorkingDays,
      });
    }
    expect(d.practices.map((p: { id: string }) => p.id).sort()).toEqual([ids.p1, ids.p2].sort());
    for (const consultant of ['c1', 'c2'] as const) {
      const figures = expectedFigures('total', { consultant });
      const row = d.consultants.find((c: { id: string }) => c.id === users.get(consultant)!.id);
      expect(row, consultant).toMatchObject({
        answered: figures.timeliness.answered,
        withinTarget: figures.timeliness.withinTarget,
        medianWorkingDays: figures.timeliness.medianWorkingDays,
        p90WorkingDays: figures.timeliness.p90WorkingDays,
        withoutFaceToFacePercent: figures.outcomes.withoutFaceToFacePercent,
        convertedToReferral: figures.outcomes.convertedToReferral,
      });
    }
  });

  it.each([
    ['pathway=advice_and_guidance', { pathway: 'advice_and_guidance' }],
    ['pathway=referral', { pathway: 'referral' }],
    ['practice p2', { practice: 'p2' }],
    ['consultant c2', { consultant: 'c2' }],
    ['practice p1 and consultant c1', { practice: 'p1', consultant: 'c1' }],
  ] as [string, Filter][])('applies the filter %s', async (_name, filter) => {
    const query = [
      'from=2026-03&to=2026-04',
      filter.pathway ? `pathway=${filter.pathway}` : '',
      filter.practice ? `practiceId=${ids[filter.practice]}` : '',
      filter.consultant ? `consultantId=${users.get(filter.consultant)!.id}` : '',
    ]
      .filter(Boolean)
      .join('&');
    const d = await dashboard('admin', query);
    for (const [index, month] of (['2026-03', '2026-04'] as const).entries())
      expect(requestFigures(d.months[index]), month).toEqual(expectedFigures(month, filter));
    expect(requestFigures(d.total)).toEqual(expectedFigures('total', filter));
    // Clinics and feedback are the whole service's whatever the filter.
    expect(d.total.clinics).toEqual(expectedClinics('total'));
  });

  it('reads the same for a consultant of the service as for its administrator', async () => {
    const byAdmin = await dashboard('admin');
    const byConsultant = await dashboard('c2');
    expect({ ...byConsultant, generatedAt: null }).toEqual({ ...byAdmin, generatedAt: null });
  });

  it('defaults to the twelve months up to the current one', async () => {
    const d = await dashboard('admin', '');
    expect(d.period.from).toBe('2025-06');
    expect(d.period.to).toBe('2026-05');
    expect(d.months).toHaveLength(12);
    expect(d.total.volume.received).toBe(
      seeded.filter((c) => c.service === 'S' && c.submittedAt && !c.converted).length,
    );
  });

  it('refuses a period that ends before it starts, or longer than three years', async () => {
    for (const query of ['from=2026-04&to=2026-03', 'from=2023-01&to=2026-01', 'from=2026-13']) {
      const response = await t.app.inject({
        url: dashboardUrl(ids.service, query),
        headers: as(sessions.get('admin')!),
      });
      expect(response.statusCode, query).toBe(400);
    }
  });
});

describe('who sees which service', () => {
  it("gives another service's administrator their own figures (none) and a 404 for this service's", async () => {
    const own = await dashboard('admin3', undefined, ids.service3);
    expect(own.total.volume.received).toBe(0);
    expect(own.total.timeliness).toEqual({
      answered: 0,
      withinTarget: 0,
      withinTargetPercent: null,
      medianWorkingDays: null,
      p90WorkingDays: null,
    });
    expect(own.total.clinics.slotsAvailable).toBe(0);
    expect(own.total.feedback.responses).toBe(0);
    expect(own.openNow.at(-1)).toEqual({ pathway: 'all', withService: 0, paused: 0, open: 0, pastTarget: 0 });
    expect(own.practices).toEqual([]);

    for (const url of [dashboardUrl(ids.service), `/api/services/${ids.service}/dashboard.csv?table=volume`]) {
      const refused = await t.app.inject({ url, headers: as(sessions.get('admin3')!) });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).not.toMatch(/Vale|Brook|received/);
    }
    const { rows } = await t.db.pool.query(
      `SELECT detail FROM audit_events WHERE action = 'access.denied' AND actor_user_id = $1`,
      [users.get('admin3')!.id],
    );
    expect(rows).toContainEqual({ detail: { route: 'GET /api/services/:serviceId/dashboard', reason: 'scope' } });
  });

  it('refuses a referrer (403), whatever the service', async () => {
    for (const url of [dashboardUrl(ids.service), `/api/services/${ids.service}/dashboard.csv?table=volume`]) {
      const refused = await t.app.inject({ url, headers: as(sessions.get('gp1')!) });
      expect(refused.statusCode).toBe(403);
    }
  });

  it('writes one audit row per reading, naming the service, period and filters', async () => {
    const before = await lastSeq();
    await dashboard('c1', `from=2026-03&to=2026-04&pathway=referral&practiceId=${ids.p1}`);
    const { rows } = await t.db.pool.query(
      'SELECT action, record_type, record_id, actor_user_id, detail FROM audit_events WHERE seq > $1',
      [before],
    );
    expect(rows).toEqual([
      {
        action: 'dashboard.viewed',
        record_type: 'organisation',
        record_id: ids.service,
        actor_user_id: users.get('c1')!.id,
        detail: {
          from: '2026-03',
          to: '2026-04',
          pathway: 'referral',
          practiceId: ids.p1,
          consultantId: null,
          format: 'json',
        },
      },
    ]);
  });
});

const lastSeq = async () =>
  (await t.db.pool.query<{ seq: string }>('SELECT coalesce(max(seq), 0)::text AS seq FROM audit_events')).rows[0]!.seq;

describe('CSV export', () => {
  const csv = (table: string, query = 'from=2026-03&to=2026-04') =>
    t.app.inject({
      url: `/api/services/${ids.service}/dashboard.csv?table=${table}&${query}`,
      headers: as(sessions.get('admin')!),
    });

  it('gives each table as CSV, the same as the page, with the same figures as the test counts', async () => {
    const response = await csv('volume');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="dashboard-volume-2026-03-to-2026-04.csv"',
    );
    const row = (label: string, f: ReturnType<typeof expectedFigures>) =>
      [
        `"${label}"`,
        f.volume.received,
        f.volume.adviceAndGuidance,
        f.volume.referral,
        f.volume.routine,
        f.volume.urgent,
        f.volume.withPhotographs,
        f.volume.withPhotographsPercent ?? '',
      ].join(',');
    expect(response.body).toBe(
      [
        '"Month","Received","Advice & Guidance","Referral for triage","Routine","Urgent","With photographs","With photographs (%)"',
        row('March 2026', expectedFigures('2026-03')),
        row('April 2026', expectedFigures('2026-04')),
        row('All months', expectedFigures('total')),
        '',
      ].join('\r\n'),
    );
    const page = await dashboard('admin');
    const table = page.tables.find((t: { id: string }) => t.id === 'volume');
    expect(response.body.split('\r\n')).toHaveLength(table.rows.length + 2);
  });

  it('applies the filters, and defuses a name a spreadsheet would run as a formula', async () => {
    const response = await csv('practices', `from=2026-03&to=2026-04&pathway=referral`);
    expect(response.statusCode).toBe(200);
    const lines = response.body.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"Practice","Received","Not accepted","Redirected at intake","Answered","Within target (%)","Median (working days)"',
    );
    const p2 = expectedFigures('total', { practice: 'p2', pathway: 'referral' });
    expect(lines).toContain(
      [
        `"'=HYPERLINK(""x"") Medical Centre"`,
        p2.volume.received,
        p2.outcomes.notAccepted,
        p2.outcomes.redirectedAtIntake,
        p2.timeliness.answered,
        p2.timeliness.withinTargetPercent ?? '',
        p2.timeliness.medianWorkingDays ?? '',
      ].join(','),
    );
  });

  it('writes one audit row naming the table, and refuses a table it does not have', async () => {
    const before = await lastSeq();
    expect((await csv('outcome-mix')).statusCode).toBe(200);
    const { rows } = await t.db.pool.query('SELECT action, detail FROM audit_events WHERE seq > $1', [before]);
    expect(rows).toEqual([
      { action: 'dashboard.viewed', detail: expect.objectContaining({ format: 'csv', table: 'outcome-mix' }) },
    ]);
    expect((await csv('patients')).statusCode).toBe(400);
  });
});

describe('months kept counted', () => {
  const kept = async () => {
    const { rows } = await t.db.pool.query<{ month: string; computed_at: Date }>(
      `SELECT to_char(month, 'YYYY-MM') AS month, computed_at FROM dashboard_months
       WHERE service_id = $1 AND month BETWEEN '2026-03-01' AND '2026-04-01' ORDER BY month`,
      [ids.service],
    );
    return Object.fromEntries(rows.map((r) => [r.month, r.computed_at.toISOString()]));
  };
  const changes = async () =>
    (await t.db.pool.query('SELECT 1 FROM dashboard_changes WHERE service_id = $1', [ids.service])).rowCount;
  const referralOf = (month: string, practice: 'p1' | 'p2') =>
    seeded.find(
      (c) =>
        c.service === 'S' &&
        c.kind === 'referral' &&
        c.practice === practice &&
        c.outcome &&
        monthOf(c.submittedAt!) === month,
    )!;

  it('keeps each month once counted, and reads it again as kept while nothing changes', async () => {
    await dashboard('admin');
    const first = await kept();
    expect(Object.keys(first)).toEqual(['2026-03', '2026-04']);
    expect(await changes()).toBe(0);
    at('2026-05-08T09:00:00Z');
    await dashboard('admin');
    expect(await kept()).toEqual(first);
  });

  it('counts again the month a photograph belongs to (its request was received in it), and only that month', async () => {
    const before = await kept();
    const march = referralOf('2026-03', 'p1');
    at('2026-05-08T09:30:00Z');
    await photograph(march, (await lesionOf(march)).id, { warned: true }, t.clock.now());
    expect(await changes()).toBe(1);
    const d = await dashboard('admin');
    const after = await kept();
    expect(after['2026-04']).toBe(before['2026-04']);
    expect(after['2026-03']).not.toBe(before['2026-03']);
    expect(requestFigures(d.months[0])).toEqual(expectedFigures('2026-03'));
    expect(requestFigures(d.total)).toEqual(expectedFigures('total'));
  });

  it('counts again the month a request was received in when its outcome is signed later', async () => {
    const waiting = seeded.find((c) => c.service === 'S' && c.pauses.length > 0 && !c.outcome)!;
    expect(monthOf(waiting.submittedAt!)).toBe('2026-04');
    await answer(waiting, '2026-05-08T10:00:00Z');
    await sign(waiting, 'c1', 'discharge_with_advice', '2026-05-08T11:00:00Z');
    const d = await dashboard('admin', `from=2026-03&to=2026-04&consultantId=${users.get('c1')!.id}`);
    expect(requestFigures(d.months[1])).toEqual(expectedFigures('2026-04', { consultant: 'c1' }));
    expect(d.months[1].volume.received).toBeGreaterThan(0);
  });

  it('counts again the month of a clinic slot whose appointment changed', async () => {
    const { rows } = await t.db.pool.query<{ id: string }>(
      `UPDATE appointments SET status = 'did_not_attend', ended_at = now(), ended_by = 'photographer'
       WHERE status = 'booked' RETURNING id`,
    );
    expect(rows).toHaveLength(1);
    slotSeeds.find((s) => s.appointment?.status === 'booked')!.appointment!.status = 'did_not_attend';
    const d = await dashboard('admin');
    expect(d.months[0].clinics).toEqual(expectedClinics('2026-03'));
    expect(d.months[0].clinics.didNotAttend).toBe(1);
  });

  it('counts every month again when a practice is linked to the service', async () => {
    const before = await kept();
    const practice = await buildOrganisation(t.db.pool, { kind: 'gp_practice', name: 'New Surgery' });
    at('2026-05-08T12:00:00Z');
    await linkOrganisations(t.db.pool, ids.service, practice.id);
    const d = await dashboard('admin');
    const after = await kept();
    expect(after['2026-03']).not.toBe(before['2026-03']);
    expect(after['2026-04']).not.toBe(before['2026-04']);
    expect(d.practices.map((p: { name: string }) => p.name)).toContain('New Surgery');
    expect(requestFigures(d.total)).toEqual(expectedFigures('total'));
  });
});
