import type { FileFacts } from '../core/facts.js';
import type { Language } from '../core/model.js';
import type { SourceFile } from './source.js';

/**
 * A node kind an extractor reads, optionally narrowed by an ast-grep rule evaluated natively
 * (`{ kind: 'variable_declarator', where: { has: { field: 'value', kind: 'arrow_function' } } }`):
 * narrowing in the query is far cheaper than fetching every node and filtering in JavaScript.
 */
export type NodeQuery = string | { kind: string; where: Record<string, unknown> };

/**
 * Turns one parsed source file into facts. One extractor per language or framework;
 * every extractor of a language sees the same tree (each file is parsed once).
 */
export interface SourceExtractor {
  id: string;
  languages: readonly Language[];
  /**
   * The node kinds it reads through `file.nodes(kind)`. The file's tree is walked once for
   * the union of all extractors' kinds: a separate `root.findAll` is another full walk,
   * so keep those for rare, prefiltered cases.
   */
  kinds: readonly NodeQuery[];
  /** A cheap text test: the extractor is skipped for files that cannot contain what it looks for. */
  applies?(text: string): boolean;
  extract(file: SourceFile, facts: FileFacts): void;
}

/** Turns a prose or configuration file (Markdown, YAML, .env, Prisma schema…) into facts. */
export interface TextExtractor {
  id: string;
  accepts(path: string): boolean;
  extract(path: string, text: string, facts: FileFacts): void;
}
