/** Row type of the inbox (migration 0013-home-inbox): what happened to one person, theirs alone. */
export interface InboxItemsTable {
  id: string;
  /** The one person the item belongs to (the privacy erase finds a person's rows by this column). */
  user_id: string;
  kind: string;
  dedupe_key: string;
  title: string;
  body: string | null;
  /** JSON of the item's wording values (migration 0019); null on older rows. */
  values_json: string | null;
  /** A path of the tab, e.g. /stories/<id>. */
  link: string;
  entity_type: string;
  entity_id: string;
  created_at: string;
  read_at: string | null;
}
