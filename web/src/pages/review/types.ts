/** Shapes of the review API (src/modules/applications/schema.ts), mirrored by hand. */
import type {
  Application,
  EvidenceFile,
  LocalisedText,
  PolicyView,
  TimelineEvent,
} from '../applications/types';

export interface Rubric {
  id: string;
  name: LocalisedText;
  maxScore: number;
  criteria: { id: string; label: LocalisedText; weight: number }[];
}

/** One line of the engine's trace: a condition, its clause, its result and the facts it read. */
export interface TraceLine {
  id: string;
  label?: unknown;
  clause?: string;
  result: string;
  facts?: Record<string, unknown>;
}

export interface Recommendation {
  action: 'approve' | 'reject';
  amountFen: number | null;
  note: string;
  byAccountId: string;
  /** The recommending reviewer's name, for the second officer (four eyes). */
  byName: string;
}

export interface ReviewDetail {
  application: Application;
  applicant: { displayName: string; email: string };
  policy: PolicyView;
  documents: EvidenceFile[];
  timeline: TimelineEvent[];
  evaluation: { status?: string; criteria?: TraceLine[]; missingFacts?: string[] } | null;
  rubric: Rubric | null;
  scores: {
    reviewerAccountId: string;
    reviewerName: string;
    scores: Record<string, number>;
    weightedTotal: number;
    comment: string;
  }[];
  recommendation: Recommendation | null;
  cap: { source: string | null; placeholder: boolean };
  recusal: string | null;
  excluded: boolean;
  workingDaysLeft: number | null;
  availableActions: string[];
}
