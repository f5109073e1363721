import { outcomeCategories } from '../../../shared/outcome-categories.ts';
import { friendsAndFamilyAnswers } from '../../../shared/patient-questions.ts';
import type { RequestKind } from '../../../shared/request-content.ts';
import { emptyClinics, type MonthFacts } from './month-facts.ts';
import {
  days,
  managedByTheGp,
  negativeAnswers,
  noAnswers,
  noCategories,
  percent,
  positiveAnswers,
  type Figures,
  type FriendsAndFamilyAnswer,
} from './measures.ts';

export type FactsFilter = { pathway: RequestKind | null; practiceId: string | null; consultantId: string | null };

/** The counts of some months' facts for one choice of pathway, practice and consultant, added up. */
export class Tally {
  received = 0;
  adviceAndGuidance = 0;
  urgent = 0;
  withPhotographs = 0;
  redirectedAtIntake = 0;
  notAccepted = 0;
  photographs = 0;
  photographsWithWarning = 0;
  returnedForPhotographs = 0;
  refused = new Map<string, number>();
  answered = 0;
  withinTarget = 0;
  categories = noCategories();
  adviceAnswered = 0;
  adviceWithoutReferral = 0;
  /** Outcomes by turnaround in working days. */
  turnaround = new Map<number, number>();
  clinics = emptyClinics();

  addReceived(kind: RequestKind, row: MonthFacts['received'][number]) {
    const [, , , received, urgent, withPhotographs, redirected, notAccepted, photographs, warned, returned] = row;
    this.received += received;
    if (kind === 'advice_and_guidance') this.adviceAndGuidance += received;
    this.urgent += urgent;
    this.withPhotographs += withPhotographs;
    this.redirectedAtIntake += redirected;
    this.notAccepted += notAccepted;
    this.photographs += photographs;
    this.photographsWithWarning += warned;
    this.returnedForPhotographs += returned;
  }

  addRefused(rule: string, requests: number) {
    this.refused.set(rule, (this.refused.get(rule) ?? 0) + requests);
  }

  addAnswered(row: MonthFacts['answered'][number]) {
    const [kind, , , category, outcomes, withinTarget] = row;
    this.answered += outcomes;
    this.withinTarget += withinTarget;
    this.categories[category] += outcomes;
    if (kind !== 'advice_and_guidance') return;
    this.adviceAnswered += outcomes;
    if (managedByTheGp.includes(category)) this.adviceWithoutReferral += outcomes;
  }

  addTurnaround(workingDays: number, outcomes: number) {
    this.turnaround.set(workingDays, (this.turnaround.get(workingDays) ?? 0) + outcomes);
  }

  addClinics(clinics: MonthFacts['clinics']) {
    for (const key of Object.keys(clinics) as (keyof MonthFacts['clinics'])[]) this.clinics[key] += clinics[key];
  }
}

/**
 * A percentile of the turnarounds by linear interpolation between the closest ranks (PostgreSQL's percentile_cont,
 * Excel's PERCENTILE.INC), from the count of outcomes at each whole number of working days.
 */
export function percentileOf(histogram: Map<number, number>, p: number): number | null {
  const values = [...histogram.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const total = values.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const valueAt = (rank: number) => {
    let seen = 0;
    for (const [value, n] of values) {
      seen += n;
      if (rank < seen) return value;
    }
    return values.at(-1)![0];
  };
  const position = p * (total - 1);
  const low = valueAt(Math.floor(position));
  const high = valueAt(Math.ceil(position));
  return low + (high - low) * (position - Math.floor(position));
}

/** Who a fact is about, and whether the filters let it through. */
type Selects = (kind: RequestKind, practiceId: string, consultantId: string | null) => boolean;

export function selection(filter: FactsFilter): Selects {
  return (kind, practiceId, consultantId) =>
    (filter.pathway === null || kind === filter.pathway) &&
    (filter.practiceId === null || practiceId === filter.practiceId) &&
    (filter.consultantId === null || consultantId === filter.consultantId);
}

/**
 * Adds up the months' facts that the filters select into a tally per month, for the whole period, per practice and
 * per consultant (who signed the outcome), in one pass.
 */
export function tallyFacts(facts: Map<string, MonthFacts>, filter: FactsFilter) {
  const selects = selection(filter);
  const byMonth = new Map<string, Tally>();
  const total = new Tally();
  const byPractice = new Map<string, Tally>();
  const byConsultant = new Map<string, Tally>();
  const tallyOf = (map: Map<string, Tally>, key: string) => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = new Tally()));
    return tally;
  };
  for (const [month, f] of facts) {
    const monthly = tallyOf(byMonth, month);
    const practice = (index: number) => f.practices[index]!;
    const consultant = (index: number) => (index < 0 ? null : f.consultants[index]!);
    for (const row of f.received) {
      const [kind, p, c] = row;
      if (!selects(kind, practice(p), consultant(c))) continue;
      for (const tally of [monthly, total, tallyOf(byPractice, practice(p))]) tally.addReceived(kind, row);
    }
    for (const [kind, p, rule, requests] of f.refused) {
      if (!selects(kind, practice(p), null)) continue;
      for (const tally of [monthly, total, tallyOf(byPractice, practice(p))]) tally.addRefused(rule, requests);
    }
    for (const row of f.answered) {
      const [kind, p, c] = row;
      if (!selects(kind, practice(p), consultant(c))) continue;
      const tallies = [monthly, total, tallyOf(byPractice, practice(p)), tallyOf(byConsultant, consultant(c)!)];
      for (const tally of tallies) tally.addAnswered(row);
    }
    for (const [kind, p, c, workingDays, outcomes] of f.turnaround) {
      if (!selects(kind, practice(p), consultant(c))) continue;
      const tallies = [monthly, total, tallyOf(byPractice, practice(p)), tallyOf(byConsultant, consultant(c)!)];
      for (const tally of tallies) tally.addTurnaround(workingDays, outcomes);
    }
    // The clinics are the whole service's, whatever the filters.
    monthly.addClinics(f.clinics);
    total.addClinics(f.clinics);
  }
  return { byMonth, total, byPractice, byConsultant };
}

/** The figures of a tally, with the Friends and Family Test answers of the same months. */
export function figuresOf(t: Tally, feedback: Map<string, number>): Figures {
  const answers = noAnswers();
  for (const answer of friendsAndFamilyAnswers) answers[answer] = feedback.get(answer) ?? 0;
  const responses = [...feedback.values()].reduce((sum, n) => sum + n, 0);
  const sumOf = (which: readonly FriendsAndFamilyAnswer[]) => which.reduce((sum, answer) => sum + answers[answer], 0);
  const withoutFaceToFace = managedByTheGp.reduce((sum, c) => sum + t.categories[c], 0);
  const { attended, didNotAttend, slotsAvailable, slotsUsed } = t.clinics;
  const categories = noCategories();
  for (const c of outcomeCategories) categories[c] = t.categories[c];
  return {
    volume: {
      received: t.received,
      adviceAndGuidance: t.adviceAndGuidance,
      referral: t.received - t.adviceAndGuidance,
      routine: t.received - t.urgent,
      urgent: t.urgent,
      withPhotographs: t.withPhotographs,
      withPhotographsPercent: percent(t.withPhotographs, t.received),
    },
    timeliness: {
      answered: t.answered,
      withinTarget: t.withinTarget,
      withinTargetPercent: percent(t.withinTarget, t.answered),
      medianWorkingDays: days(percentileOf(t.turnaround, 0.5)),
      p90WorkingDays: days(percentileOf(t.turnaround, 0.9)),
    },
    outcomes: {
      categories,
      withoutFaceToFace,
      withoutFaceToFacePercent: percent(withoutFaceToFace, t.answered),
      adviceAnswered: t.adviceAnswered,
      adviceWithoutReferral: t.adviceWithoutReferral,
      adviceWithoutReferralPercent: percent(t.adviceWithoutReferral, t.adviceAnswered),
      convertedToReferral: t.categories.convert_to_referral,
      redirectedAtIntake: t.redirectedAtIntake,
      redirectedByConsultant: t.categories.redirect_urgent_cancer,
      notAccepted: t.notAccepted,
    },
    quality: {
      photographs: t.photographs,
      withWarning: t.photographsWithWarning,
      withWarningPercent: percent(t.photographsWithWarning, t.photographs),
      returnedForPhotographs: t.returnedForPhotographs,
      returnedForPhotographsPercent: percent(t.returnedForPhotographs, t.received),
    },
    clinics: {
      slotsAvailable,
      slotsUsed,
      utilisationPercent: percent(slotsUsed, slotsAvailable),
      attended,
      didNotAttend,
      didNotAttendPercent: percent(didNotAttend, attended + didNotAttend),
      cancelledByPatient: t.clinics.cancelledByPatient,
      cancelledByService: t.clinics.cancelledByService,
      sessionsCancelled: t.clinics.sessionsCancelled,
    },
    feedback: {
      responses,
      answers,
      positivePercent: percent(sumOf(positiveAnswers), responses),
      negativePercent: percent(sumOf(negativeAnswers), responses),
    },
  };
}
