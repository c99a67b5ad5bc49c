import type { SgRoot } from '@ast-grep/napi';
import { emptyFileFacts, type FileFacts } from '../core/facts.js';
import type { Language } from '../core/model.js';
import type { PatternSpec } from '../core/rule.js';
import { cookiesExtractor } from './js/cookies.js';
import { corsExtractor } from './js/cors.js';
import { expressExtractor } from './js/express.js';
import { fastifyExtractor } from './js/fastify.js';
import { honoExtractor } from './js/hono.js';
import { koaExtractor } from './js/koa.js';
import { nestjsExtractor } from './js/nestjs.js';
import { nextjsExtractor } from './js/nextjs.js';
import { jsStructure } from './js/structure.js';
import { trpcExtractor } from './js/trpc.js';
import { fastapiExtractor } from './python/fastapi.js';
import { pythonStructure } from './python/structure.js';
import { sourceSecrets, textSecrets } from './secrets.js';
import { SourceFile, compact } from './source.js';
import { collectSuppressions } from './suppressions.js';
import { documentsExtractor } from './text/documents.js';
import { envDeclarationsExtractor } from './text/env-declarations.js';
import { prismaSchemaExtractor } from './text/prisma-schema.js';
import type { SourceExtractor, TextExtractor } from './types.js';

/**
 * The extractors, in the order they run on each file. Structure extractors come first:
 * framework extractors read the imports they collect.
 */
export const SOURCE_EXTRACTORS: readonly SourceExtractor[] = [
  jsStructure,
  pythonStructure,
  expressExtractor,
  koaExtractor,
  honoExtractor,
  fastifyExtractor,
  nextjsExtractor,
  nestjsExtractor,
  trpcExtractor,
  cookiesExtractor,
  corsExtractor,
  fastapiExtractor,
  sourceSecrets,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [documentsExtractor, prismaSchemaExtractor, envDeclarationsExtractor, textSecrets];

/** Bumped whenever extraction changes, so cached facts from an older version are not reused. */
export const EXTRACTOR_VERSION = 2;

/** A pattern rule ready to run on a tree. */
export interface CompiledPattern {
  ruleId: string;
  spec: PatternSpec;
  metavariables: string[];
}

export function compilePattern(ruleId: string, spec: PatternSpec): CompiledPattern {
  const names = new Set<string>();
  for (const m of JSON.stringify([spec.rule, spec.constraints ?? {}, spec.utils ?? {}]).matchAll(/\$\$?\$?([A-Z_][A-Z0-9_]*)/g)) names.add(m[1]!);
  return { ruleId, spec, metavariables: [...names].sort() };
}

/** Runs every source extractor and pattern rule on one parsed file. Throws only on a bug; the engine records it. */
export function extractSource(path: string, language: Language, text: string, tree: SgRoot, lines: number, patterns: readonly CompiledPattern[]): FileFacts {
  const facts = emptyFileFacts(path, language, lines);
  const root = tree.root();
  const file = new SourceFile(path, language, text, root);
  const syntaxError = root.find({ rule: { kind: 'ERROR' } });
  if (syntaxError) {
    const line = syntaxError.range().start.line + 1;
    facts.problems.push({ kind: 'error', line, message: `syntax error near line ${line}; facts from this file may be incomplete` });
  }
  for (const extractor of SOURCE_EXTRACTORS) {
    if (!extractor.languages.includes(language)) continue;
    if (extractor.applies && !extractor.applies(text)) continue;
    extractor.extract(file, facts);
  }
  for (const pattern of patterns) {
    if (!pattern.spec.languages.includes(language)) continue;
    const config: Record<string, unknown> = { rule: pattern.spec.rule };
    if (pattern.spec.constraints) config.constraints = pattern.spec.constraints;
    if (pattern.spec.utils) config.utils = pattern.spec.utils;
    for (const node of root.findAll(config as unknown as Parameters<typeof root.findAll>[0])) {
      const vars: Record<string, string> = {};
      for (const name of pattern.metavariables) {
        const single = node.getMatch(name);
        if (single) vars[name] = single.text();
        else {
          const multi = node.getMultipleMatches(name);
          if (multi.length > 0) vars[name] = multi.map((n) => n.text()).join('');
        }
      }
      facts.matches.push({ ruleId: pattern.ruleId, location: file.location(node), vars, anchor: compact(node.text()).slice(0, 400) });
    }
  }
  collectSuppressions(text, facts);
  return facts;
}

export function extractText(path: string, text: string, lines: number): FileFacts {
  const facts = emptyFileFacts(path, null, lines);
  for (const extractor of TEXT_EXTRACTORS) if (extractor.accepts(path)) extractor.extract(path, text, facts);
  collectSuppressions(text, facts);
  return facts;
}
