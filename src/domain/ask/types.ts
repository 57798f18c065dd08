/**
 * The knowledge base's vocabulary. Three sources feed one index: curated FAQ entries, sections of
 * ingested Markdown documents, and expert answers promoted from tickets.
 */
export type SourceKind = 'faq' | 'doc' | 'expert' | CommunityKind;
/** What the CoE runs, answerable too (training, events, published stories; see community-passages.ts). */
export type CommunityKind = 'path' | 'module' | 'event' | 'story';

/** Where an FAQ-style entry came from: the starter content, an admin, a ticket, the CLI. */
export type EntryOrigin = 'seed' | 'admin' | 'ticket' | 'cli';

/** A curated question and answer (kind `faq`) or an expert's answer to a ticket (kind `expert`). */
export interface FaqEntry {
  /** Stable, URL-safe id ("get-a-developer-environment"); cited as `faq/<id>` or `expert/<id>`. */
  id: string;
  kind: 'faq' | 'expert';
  question: string;
  /** Other ways makers ask the same thing. */
  alternates: string[];
  /** Markdown. */
  answer: string;
  tags: string[];
  /** Who keeps the entry current (a name or team). */
  owner: string | null;
  /** Where to read more. */
  link: string | null;
  /** The ticket an expert answer came from. */
  ticketId: string | null;
  origin: EntryOrigin;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What an admin or a content file provides for an FAQ entry. */
export interface FaqInput {
  id?: string;
  question: string;
  alternates?: string[];
  answer: string;
  tags?: string[];
  owner?: string | null;
  link?: string | null;
}

/** An ingested Markdown file. */
export interface KbDocument {
  id: string;
  /** Absolute path of the folder it was ingested from (re-ingesting that folder replaces its set). */
  root: string;
  /** Path relative to `root`, with forward slashes: how the document is cited. */
  path: string;
  title: string;
  description: string | null;
  /** The document on the web, if its front matter or the ingest's base URL says. */
  url: string | null;
  /** sha256 of the file and the parser version: unchanged files are skipped on re-ingest. */
  contentHash: string;
  sectionCount: number;
  ingestedAt: string;
  updatedAt: string;
}

/** One section of a document: the unit retrieved and cited. */
export interface KbSection {
  id: string;
  documentId: string;
  ordinal: number;
  heading: string | null;
  level: number;
  anchor: string | null;
  parents: string[];
  markdown: string;
}

/** A section together with its document, as read back from storage. */
export interface KbDocumentWithSections {
  document: KbDocument;
  sections: KbSection[];
}

/**
 * What the index holds and answers are cut from: one FAQ entry, expert answer or document section,
 * denormalised so an answer needs no database read.
 */
export interface Passage {
  /** `faq:<id>`, `expert:<id>` or `doc:<sectionId>`. */
  id: string;
  kind: SourceKind;
  /** Groups the sections of one document so a document is listed once (`doc:<documentId>`, else the passage id). */
  groupKey: string;
  /** How the source is cited: the document's relative path, or `faq/<id>` / `expert/<id>`. */
  path: string;
  /** The document title, or the FAQ question. */
  title: string;
  /** The section heading; null for a document's introduction and for FAQ entries. */
  heading: string | null;
  /** Headings of enclosing sections. */
  parents: string[];
  description: string;
  /** FAQ question and alternate phrasings (empty for documents). */
  phrasings: string[];
  tags: string[];
  /** FAQ answer or section body (Markdown). */
  markdown: string;
  /** Link to the source (with the section's anchor), if there is one. */
  url: string | null;
  /** Base for resolving relative links inside the Markdown (the document's own URL). */
  linkBase: string | null;
}

/** One source in an answer, best first. */
export interface AnswerSource {
  path: string;
  heading: string | null;
  title: string;
  /** 0–1: the answer's confidence for the best source, scaled by relevance for the others. */
  score: number;
  kind: SourceKind;
  url: string | null;
  passageId: string;
}

/**
 * How the knowledge base replies: a confident answer with its source; the closest sources when it
 * has something related but is not sure; or a plain "I don't know that one".
 */
export type AnswerGrade = 'answer' | 'closest' | 'unknown';

/** One of the closest sources, shown under "These look closest:" with one sentence of it. */
export interface ClosestSource {
  path: string;
  title: string;
  heading: string | null;
  url: string | null;
  /** The sentence of the source's best section that shares most of the question's words (plain text). */
  sentence: string;
}

/** The knowledge base's answer to a question, before anything is recorded or rendered. */
export interface KbAnswer {
  question: string;
  /** The question as the index reads it (canonical, stemmed, no filler). */
  normalized: string;
  /** True when the confidence reached the threshold: the "answer" grade only. */
  answered: boolean;
  grade: AnswerGrade;
  /** 0–1, calibrated: of answers at or above HIGH_CONFIDENCE, at least 90% were right on the maker set. */
  confidence: number;
  /** Whether `confidence` reaches HIGH_CONFIDENCE (the only level the product calls "High confidence"). */
  highConfidence: boolean;
  /** The "closest" grade's up to three sources with a sentence each; empty for the other grades. */
  closest: ClosestSource[];
  /** The answer passage in Teams card Markdown; empty when not answered. */
  answer: string;
  /** At most 5, best first, one per document. */
  sources: AnswerSource[];
  /** Up to 3 questions worth asking next (other close sources), as text a button can send. */
  related: string[];
  /** Whether a language model wrote `answer` from the sources, or it is the retrieved passage. */
  composedBy: 'retrieval' | 'ai';
  /** Set when a language model re-ordered the sources (model-rerank.ts); absent: the retrieval order. */
  rankedBy?: 'ai';
}
