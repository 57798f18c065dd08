import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { newId } from '../shared/ids.js';
import { ValidationError } from '../shared/errors.js';
import type { KbDocumentRepository } from './repository.js';
import { contentHash, parseDocument } from './document-parser.js';
import type { KbDocument, KbSection } from './types.js';
import { say } from '../shared/error-text.js';

/** Largest Markdown file read; anything bigger is not a document a maker would be pointed to. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Files per folder, a guard against pointing the ingest at a whole disk. */
export const MAX_FILES = 5000;

export interface IngestOptions {
  /** Web address the folder is published under; documents link to `<baseUrl>/<path without .md>`. */
  baseUrl?: string | null;
  /** Told as files are read and as changed documents are written (the CLI shows it in a terminal). */
  onProgress?: (phase: 'reading' | 'writing', done: number, total: number) => void;
}

export interface IngestReport {
  root: string;
  added: string[];
  updated: string[];
  removed: string[];
  unchanged: number;
  sections: number;
  /** Files read with a problem (broken front matter) or skipped (too big, unreadable). */
  warnings: string[];
}

/** One file read from the folder. */
export interface ScannedFile {
  path: string;
  content: string;
}

async function walk(root: string, dir: string, out: string[], warnings: string[]): Promise<void> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    // Hidden folders (.git) and dependencies are never documentation.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) await walk(root, rel, out, warnings);
    else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) out.push(rel);
    if (out.length > MAX_FILES) throw new ValidationError(say('errors.ask.tooManyFiles', { max: MAX_FILES }), { folder: say('errors.ask.tooManyFilesField') });
  }
}

/** Reads every Markdown file under a folder (relative paths with forward slashes). */
export async function scanFolder(folder: string): Promise<{ root: string; files: ScannedFile[]; warnings: string[] }> {
  const root = path.resolve(folder);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new ValidationError(say('errors.ask.notAFolder', { folder }), { folder: say('errors.ask.notAFolderField') });
  const paths: string[] = [];
  const warnings: string[] = [];
  await walk(root, '', paths, warnings);
  const files: ScannedFile[] = [];
  for (const rel of paths) {
    const full = path.join(root, rel);
    const size = (await stat(full)).size;
    if (size > MAX_FILE_BYTES) {
      warnings.push(`${rel}: skipped, larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      continue;
    }
    files.push({ path: rel, content: await readFile(full, 'utf8') });
  }
  return { root, files, warnings };
}

export interface PlannedChange {
  document: KbDocument;
  sections: KbSection[];
  kind: 'added' | 'updated';
}

/**
 * Compares the folder with what is stored for it: new files are added, files whose content hash
 * changed are re-parsed, files that disappeared are removed, the rest is left alone.
 */
export async function planIngest(
  repo: KbDocumentRepository,
  scan: { root: string; files: ScannedFile[] },
  options: IngestOptions,
  at: string,
): Promise<{ changes: PlannedChange[]; removed: KbDocument[]; unchanged: number; warnings: string[] }> {
  const stored = new Map((await repo.list(scan.root)).map((d) => [d.path, d]));
  const changes: PlannedChange[] = [];
  const warnings: string[] = [];
  let unchanged = 0;
  for (const [index, file] of scan.files.entries()) {
    options.onProgress?.('reading', index + 1, scan.files.length);
    const existing = stored.get(file.path);
    stored.delete(file.path);
    const baseUrl = options.baseUrl ?? null;
    // A new base URL changes every link even when the file did not change.
    const hash = contentHash(`${baseUrl ?? ''}\n${file.content}`);
    if (existing && existing.contentHash === hash) {
      unchanged += 1;
      continue;
    }
    const parsed = parseDocument(file.path, file.content, { baseUrl });
    if (parsed.problem) warnings.push(`${file.path}: ${parsed.problem}`);
    const id = existing?.id ?? newId();
    const document: KbDocument = {
      id,
      root: scan.root,
      path: file.path,
      title: parsed.title,
      description: parsed.description,
      url: parsed.url,
      contentHash: hash,
      sectionCount: parsed.sections.length,
      ingestedAt: existing?.ingestedAt ?? at,
      updatedAt: at,
    };
    const sections = parsed.sections.map((s, ordinal) => ({ id: newId(), documentId: id, ordinal, heading: s.heading, level: s.level, anchor: s.anchor, parents: s.parents, markdown: s.markdown }));
    changes.push({ document, sections, kind: existing ? 'updated' : 'added' });
  }
  return { changes, removed: [...stored.values()], unchanged, warnings };
}
