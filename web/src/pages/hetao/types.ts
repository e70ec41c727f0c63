/**
 * Shapes of the Hetao desk's API responses (src/modules/hetao/schema.ts, as /api/docs
 * describes them). web/ talks to the server over HTTP only, so they are mirrored here by hand.
 */
import type { Language } from '../../i18n/languages';

export type LocalisedText = Record<Language, string>;

export const categories = [
  'equipment',
  'apparatus',
  'consumables',
  'literature',
  'specimens',
  'animals',
] as const;
export type Category = (typeof categories)[number];
export const regimes = ['supervision-period', 'write-off'] as const;
export type Regime = (typeof regimes)[number];
export type ListVersionStatus = 'draft' | 'published' | 'superseded' | 'discarded';
export type QuestionStatus = 'open' | 'answered' | 'published' | 'withdrawn';
export type SuggestionGroupStatus = 'open' | 'pulled' | 'included' | 'declined';
export type RulingStatus =
  'draft' | 'filed' | 'accepted' | 'not_accepted' | 'ruled' | 'published' | 'withdrawn';

export interface VersionRef {
  id: string;
  title: string;
  status: ListVersionStatus;
  isWorkingList: boolean;
  publishedAt: string | null;
}

export interface ListVersion {
  id: string;
  title: string;
  issuingDocument: string | null;
  effectiveDate: string | null;
  status: ListVersionStatus;
  isWorkingList: boolean;
  workingListNotice: LocalisedText | null;
  source: string;
  notes: string | null;
  basedOnVersionId: string | null;
  itemCount: number;
  importWarnings: { line: number; column: string; code: string; message: string }[];
  createdAt: string;
  publishedAt: string | null;
  allowedActions: string[];
  clauses: string[];
}

export interface ListItem {
  itemId: string;
  position: number;
  category: Category;
  nameZhHans: string;
  nameZhHant: string;
  nameEn: string | null;
  includes: string[];
  excludes: string[];
  regime: Regime;
  notes: string | null;
  source: string | null;
}

export interface ListVersionDetail extends ListVersion {
  items: ListItem[];
  categories: { id: Category; name: LocalisedText; defaultRegime: Regime }[];
}

export interface FieldChange {
  field: keyof ListItem;
  before: string | string[] | null;
  after: string | string[] | null;
}

export interface ListDiff {
  from: VersionRef | null;
  to: VersionRef;
  added: ListItem[];
  removed: ListItem[];
  changed: { itemId: string; before: ListItem; after: ListItem; changes: FieldChange[] }[];
  unchanged: number;
}

export interface ImportResult {
  version: ListVersion;
  fileKind: 'csv' | 'xlsx';
  itemCount: number;
  diff: ListDiff | null;
}

export interface Changelog {
  entries: {
    version: ListVersion;
    previous: VersionRef | null;
    summary: { added: number; removed: number; changed: number };
    diff: ListDiff | null;
  }[];
}

export interface ListItemRef {
  versionId: string | null;
  itemId: string;
  category: Category | null;
  nameZhHans: string | null;
  nameZhHant: string | null;
  nameEn: string | null;
}

export interface Question {
  id: string;
  reference: string;
  status: QuestionStatus;
  description: string;
  proposedCode: string | null;
  organisation: { id: string; name: string };
  asker: { name: string; email: string };
  createdAt: string;
  dueOn: string;
  overdue: boolean;
  answer: {
    hsCode: string;
    covered: boolean;
    reasoning: string;
    listItem: ListItemRef | null;
    answeredAt: string;
  } | null;
  attachments: {
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    createdAt: string;
    url: string;
  }[];
  precedent: { id: string; reference: string; publishedAt: string } | null;
  allowedActions: string[];
}

export type RedactionKind =
  'person' | 'organisation' | 'contact' | 'address' | 'registration-number' | 'link';

export interface PrecedentPreview {
  question: string;
  reasoning: string;
  hsCode: string;
  covered: boolean;
  listItem: ListItemRef | null;
  redactions: {
    question: { kind: RedactionKind; count: number }[];
    reasoning: { kind: RedactionKind; count: number }[];
  };
}

export interface Precedent {
  id: string;
  reference: string;
  question: string;
  hsCode: string;
  covered: boolean;
  reasoning: string;
  listItem: ListItemRef | null;
  publishedAt: string;
  clauses: string[];
}

export interface SuggestionGroup {
  id: string;
  heading: string;
  status: SuggestionGroupStatus;
  suggestionCount: number;
  supporterCount: number;
  backers: number;
  iSupport: boolean;
  mine: boolean;
  suggestions: {
    id: string;
    code: string;
    category: Category | null;
    goods: string;
    reason: string;
    createdAt: string;
    proposer: { name: string; email: string; organisationName: string | null } | null;
  }[];
  supporters: { name: string; email: string; since: string }[] | null;
  pulledIntoVersionId: string | null;
  pulledItemId: string | null;
  decisionNote: string | null;
  createdAt: string;
  allowedActions: string[];
}

export interface Ruling {
  id: string;
  reference: string;
  status: RulingStatus;
  goods: string;
  proposedCode: string | null;
  organisation: { id: string; name: string };
  applicantEmail: string;
  questionId: string | null;
  plannedImportOn: string;
  latestFilingOn: string;
  customsReference: string | null;
  filedOn: string | null;
  acceptanceDueOn: string | null;
  acceptanceOverdue: boolean;
  acceptanceDecidedOn: string | null;
  notAcceptedReason: string | null;
  decidedOn: string | null;
  rulingCode: string | null;
  rulingText: string | null;
  tradeSecret: boolean;
  validUntil: string | null;
  inForce: boolean;
  publishedAt: string | null;
  warnings: { code: string; message: LocalisedText }[];
  allowedActions: string[];
  clauses: string[];
}

export interface PublishedRuling {
  id: string;
  reference: string;
  goods: string;
  rulingCode: string;
  rulingText: string;
  decidedOn: string;
  validUntil: string;
  inForce: boolean;
  publishedAt: string;
}

export interface DeskSettings {
  answerSlaWorkingDays: number;
  holidays: string[];
  extraWorkingDays: string[];
  note: LocalisedText;
}
