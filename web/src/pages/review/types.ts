/** Shapes of the review API (src/modules/applications/schema.ts), from the OpenAPI types. */
import type { ApiResponse, LocalisedText } from '../../api/openapi-client';

/** One line of the engine's trace: a condition, its clause, its result and the facts it read. */
export interface TraceLine {
  id: string;
  label?: unknown;
  clause?: string;
  result: string;
  facts?: Record<string, unknown>;
}

// NOTE: the document types `evaluation`, `rubric` and `recommendation` as unknown (issue #18);
// until it names them, these narrow types say what the page reads.
export interface Rubric {
  id: string;
  name: LocalisedText;
  maxScore: number;
  criteria: { id: string; label: LocalisedText; weight: number }[];
}

export interface Recommendation {
  action: 'approve' | 'reject';
  amountFen: number | null;
  note: string;
  byAccountId: string;
  /** The recommending reviewer's name, for the second officer (four eyes). */
  byName: string;
}

type ReviewAnswer = ApiResponse<'/review/applications/{id}'>;

export type ReviewDetail = Omit<ReviewAnswer, 'evaluation' | 'rubric' | 'recommendation'> & {
  evaluation: { status?: string; criteria?: TraceLine[]; missingFacts?: string[] } | null;
  rubric: Rubric | null;
  recommendation: Recommendation | null;
};

type QueueAnswer = ApiResponse<'/review/queue'>;

/** A row of the review queue; NOTE: `recommendation` is unknown in the document too. */
export type QueueItem = Omit<QueueAnswer['items'][number], 'recommendation'> & {
  recommendation: Pick<Recommendation, 'action' | 'amountFen'> | null;
};

/** The review queue with the narrow row type above. */
export function toReviewQueue(answer: QueueAnswer): Omit<QueueAnswer, 'items'> & {
  items: QueueItem[];
} {
  return answer as Omit<QueueAnswer, 'items'> & { items: QueueItem[] };
}

/** The review answer with the narrow types above. */
export function toReviewDetail(answer: ReviewAnswer): ReviewDetail {
  return answer as ReviewDetail;
}
