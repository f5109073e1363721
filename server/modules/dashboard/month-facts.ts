import type { OutcomeCategory } from '../../../shared/outcome-categories.ts';
import type { RequestKind } from '../../../shared/request-content.ts';

/**
 * What the dashboard keeps of one service's month (dashboard_months.facts): counts at the finest grain any filter
 * asks for, by pathway, practice and consultant, from which every figure of the month is added up for any choice of
 * filters; and the month's clinic counts, which are the whole service's. docs/measures.md defines each count.
 *
 * Practices and consultants are listed once and named in the rows by their position, to keep a large service's
 * month small. Changing this shape, or what a count means, needs `factsVersion` raised: months kept in an older
 * version are counted again.
 */
export const factsVersion = 1;

export type MonthFacts = {
  version: number;
  practices: string[];
  consultants: string[];
  /**
   * Requests received in the month: [pathway, practice, consultant (who signed its outcome; -1 none), received,
   * urgent, with photographs, redirected at intake, not accepted, photographs, photographs with a warning, returned
   * for better photographs].
   */
  received: [RequestKind, number, number, number, number, number, number, number, number, number, number][];
  /** Requests not accepted in the month, by each rule that refused them: [pathway, practice, rule, requests]. */
  refused: [RequestKind, number, string, number][];
  /** Outcomes signed in the month: [pathway, practice, consultant, category, outcomes, within target]. */
  answered: [RequestKind, number, number, OutcomeCategory, number, number][];
  /** The same outcomes by turnaround: [pathway, practice, consultant, working days, outcomes]. */
  turnaround: [RequestKind, number, number, number, number][];
  clinics: {
    slotsAvailable: number;
    slotsUsed: number;
    attended: number;
    didNotAttend: number;
    cancelledByPatient: number;
    cancelledByService: number;
    sessionsCancelled: number;
  };
};

export const emptyClinics = (): MonthFacts['clinics'] => ({
  slotsAvailable: 0,
  slotsUsed: 0,
  attended: 0,
  didNotAttend: 0,
  cancelledByPatient: 0,
  cancelledByService: 0,
  sessionsCancelled: 0,
});

/** Builds a month's facts, numbering practices and consultants as they first appear. */
export class MonthFactsBuilder {
  readonly facts: MonthFacts = {
    version: factsVersion,
    practices: [],
    consultants: [],
    received: [],
    refused: [],
    answered: [],
    turnaround: [],
    clinics: emptyClinics(),
  };
  private readonly practiceIndex = new Map<string, number>();
  private readonly consultantIndex = new Map<string, number>();

  practice(id: string): number {
    return numbered(id, this.practiceIndex, this.facts.practices);
  }

  consultant(id: string | null): number {
    return id === null ? -1 : numbered(id, this.consultantIndex, this.facts.consultants);
  }
}

function numbered(id: string, index: Map<string, number>, list: string[]): number {
  let n = index.get(id);
  if (n === undefined) {
    n = list.length;
    list.push(id);
    index.set(id, n);
  }
  return n;
}
