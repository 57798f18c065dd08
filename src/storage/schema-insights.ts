/** Row type of the activity table (migration 0007-insights): what makes someone an active maker. */
export interface ActivityTable {
  kind: string;
  entity_id: string;
  user_id: string;
  at: string;
}
