import type { Tx } from '../../db/database.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { appendAuditEvent, type AuditActor } from '../audit/index.ts';
import { defaultRuleSets } from '../eligibility/index.ts';
import { serviceSettings } from '../organisations/index.ts';
import { figuresOf, Tally, tallyFacts, type FactsFilter } from './dashboard-figures.ts';
import type { Period } from './dashboard-period.ts';
import { readMonths } from './read-months.ts';
import {
  consultantsOf,
  friendsAndFamilyAnswers,
  namesOf,
  openNow,
  practicesOf,
  ruleDescriptions,
} from './dashboard.repository.ts';
import type { Figures } from './measures.ts';

export type DashboardFilters = FactsFilter;

export type Dashboard = {
  service: { id: string; name: string };
  period: { from: string; to: string; months: string[] };
  filters: DashboardFilters;
  /** The response targets in force now, in working days. */
  targets: { adviceAndGuidance: number; referral: number };
  /** What the practice and consultant filters can choose from. */
  options: { practices: Named[]; consultants: Named[] };
  months: (Figures & { month: string })[];
  total: Figures;
  notAccepted: { rule: string; label: string; months: number[]; total: number }[];
  openNow: { pathway: RequestKind | 'all'; withService: number; paused: number; open: number; pastTarget: number }[];
  practices: (Named & {
    received: number;
    notAccepted: number;
    redirectedAtIntake: number;
    answered: number;
    withinTargetPercent: number | null;
    medianWorkingDays: number | null;
  })[];
  consultants: (Named & {
    answered: number;
    withinTarget: number;
    withinTargetPercent: number | null;
    medianWorkingDays: number | null;
    p90WorkingDays: number | null;
    withoutFaceToFacePercent: number | null;
    convertedToReferral: number;
  })[];
  generatedAt: Date;
};
type Named = { id: string; name: string };

/**
 * The service dashboard: the roadmap's measures for one service over a period of months, with the filters applied
 * (docs/measures.md). The caller has been checked to be an administrator or consultant of the service.
 *
 * Months are kept counted (migration 0017): the months that changed since they were kept, or were never kept, are
 * counted now and kept; the rest are read as kept. Open cases and patients' feedback are read as they are now.
 * Writes one audit row, saying what was read (`format`: the page, or one table as CSV).
 */
export async function getDashboard(
  tx: Tx,
  options: {
    service: Named;
    period: Period;
    filters: DashboardFilters;
    at: Date;
    auditActor: AuditActor;
    format: { kind: 'json' } | { kind: 'csv'; table: string };
  },
): Promise<Dashboard> {
  const { service, period, filters, at } = options;
  const facts = await readMonths(tx, { serviceId: service.id, period, at });
  const { byMonth, total, byPractice, byConsultant } = tallyFacts(facts, filters);
  const feedback = await friendsAndFamilyAnswers(tx, { serviceId: service.id, from: period.from, to: period.to });
  const feedbackOf = (month: string | null) => {
    const answers = new Map<string, number>();
    for (const row of feedback.filter((f) => month === null || f.month === month))
      answers.set(row.answer, (answers.get(row.answer) ?? 0) + row.responses);
    return answers;
  };
  const settings = await serviceSettings(tx, service.id);
  const open = await openNow(tx, { serviceId: service.id, ...filters }, at);
  const descriptions = await ruleDescriptions(tx, service.id);
  const practices = await named(tx, 'organisations', await practicesOf(tx, service.id), [...byPractice.keys()]);
  const consultants = await named(tx, 'users', await consultantsOf(tx, service.id), [...byConsultant.keys()]);

  await appendAuditEvent(tx, options.auditActor, at, {
    action: 'dashboard.viewed',
    recordType: 'organisation',
    recordId: service.id,
    detail: {
      from: period.from,
      to: period.to,
      ...filters,
      format: options.format.kind,
      ...(options.format.kind === 'csv' ? { table: options.format.table } : {}),
    },
  });

  const openRows = (['advice_and_guidance', 'referral'] as const).map((pathway) => {
    const row = open.find((o) => o.kind === pathway);
    const withService = row?.withService ?? 0;
    const paused = row?.paused ?? 0;
    return { pathway, withService, paused, open: withService + paused, pastTarget: row?.pastTarget ?? 0 };
  });
  const sum = (key: 'withService' | 'paused' | 'open' | 'pastTarget') => openRows.reduce((n, row) => n + row[key], 0);
  const defaultDescriptions = new Map(defaultRuleSets.flatMap((s) => s.rules.map((r) => [r.id, r.description])));
  const none = () => new Map<string, number>();
  return {
    service,
    period: { from: period.from, to: period.to, months: period.months },
    filters,
    targets: { adviceAndGuidance: settings.adviceTargetWorkingDays, referral: settings.referralTargetWorkingDays },
    options: { practices, consultants },
    months: period.months.map((month) => ({ month, ...figuresOf(byMonth.get(month)!, feedbackOf(month)) })),
    total: figuresOf(total, feedbackOf(null)),
    notAccepted: [...total.refused.keys()].sort().map((rule) => {
      const counts = period.months.map((month) => byMonth.get(month)!.refused.get(rule) ?? 0);
      return {
        rule,
        label: descriptions.get(rule) ?? defaultDescriptions.get(rule) ?? rule,
        months: counts,
        total: total.refused.get(rule) ?? 0,
      };
    }),
    openNow: [
      ...openRows,
      {
        pathway: 'all',
        withService: sum('withService'),
        paused: sum('paused'),
        open: sum('open'),
        pastTarget: sum('pastTarget'),
      },
    ],
    practices: practices.map((p) => {
      const f = figuresOf(byPractice.get(p.id) ?? new Tally(), none());
      return {
        ...p,
        received: f.volume.received,
        notAccepted: f.outcomes.notAccepted,
        redirectedAtIntake: f.outcomes.redirectedAtIntake,
        answered: f.timeliness.answered,
        withinTargetPercent: f.timeliness.withinTargetPercent,
        medianWorkingDays: f.timeliness.medianWorkingDays,
      };
    }),
    consultants: consultants.map((c) => {
      const f = figuresOf(byConsultant.get(c.id) ?? new Tally(), none());
      return {
        ...c,
        answered: f.timeliness.answered,
        withinTarget: f.timeliness.withinTarget,
        withinTargetPercent: f.timeliness.withinTargetPercent,
        medianWorkingDays: f.timeliness.medianWorkingDays,
        p90WorkingDays: f.timeliness.p90WorkingDays,
        withoutFaceToFacePercent: f.outcomes.withoutFaceToFacePercent,
        convertedToReferral: f.outcomes.convertedToReferral,
      };
    }),
    generatedAt: at,
  };
}

/** The listed organisations or users, and any others the figures name (a practice no longer served, a consultant
 * who has left), by name. */
async function named(tx: Tx, table: 'organisations' | 'users', listed: Named[], inFigures: string[]) {
  const missing = [...new Set(inFigures)].filter((id) => !listed.some((l) => l.id === id));
  const names = await namesOf(tx, table, missing);
  return [...listed, ...missing.map((id) => ({ id, name: names.get(id) ?? 'Unknown' }))].sort(
    (a, b) => a.name.localeCompare(b.name, 'en-GB') || a.id.localeCompare(b.id),
  );
}
