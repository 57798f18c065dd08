import type { InsightsReport, ReportTable } from '../../../../src/domain/insights/types';

// The tab reads the server's own types: one definition of the report for both sides.
export type {
  AskInsights,
  CommunityInsights,
  EnvironmentInsights,
  EventInsights,
  Figure,
  InsightsReport,
  KnowledgeGap,
  MyActivity,
  Period,
  ReportTable,
  StoryInsights,
  TrainingInsights,
} from '../../../../src/domain/insights/types';

/** `GET /api/admin/insights`: the figures, and the same data as tables (table views and CSV agree). */
export interface InsightsResponse {
  readonly report: InsightsReport;
  readonly tables: readonly ReportTable[];
}

/** What `POST /api/admin/kb/faq` takes: the FAQ editor's fields. */
export interface FaqDraft {
  question: string;
  alternates: string[];
  answer: string;
  tags: string[];
}

/** The entry the server saved (the fields the tab uses). */
export interface SavedFaqEntry {
  readonly id: string;
  readonly question: string;
}
