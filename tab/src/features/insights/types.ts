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

