import { kind, type SgRoot } from '@ast-grep/napi';
import { napiLanguage } from '../core/parse.js';
import { emptyFileFacts, type FileFacts } from '../core/facts.js';
import type { Language } from '../core/model.js';
import type { PatternSpec } from '../core/rule.js';
import { authjsExtractor } from './js/authjs.js';
import { checklyExtractor } from './js/checkly.js';
import { cookiesExtractor } from './js/cookies.js';
import { corsExtractor } from './js/cors.js';
import { expressExtractor } from './js/express.js';
import { fastifyExtractor } from './js/fastify.js';
import { honoExtractor } from './js/hono.js';
import { koaExtractor } from './js/koa.js';
import { jsMonitoring } from './js/monitoring.js';
import { nestjsExtractor } from './js/nestjs.js';
import { nextjsExtractor } from './js/nextjs.js';
import { privacyPageExtractor } from './js/privacy-page.js';
import { jsRateLimit } from './js/rate-limit.js';
import { jsScheduler } from './js/scheduler.js';
import { jsStructure } from './js/structure.js';
import { trpcExtractor } from './js/trpc.js';
import { moduleBody } from './module-body.js';
import { pythonCookiesExtractor } from './python/cookies.js';
import { pythonCorsExtractor } from './python/cors.js';
import { djangoExtractor } from './python/django.js';
import { fastapiExtractor } from './python/fastapi.js';
import { flaskExtractor } from './python/flask.js';
import { pythonForms } from './python/forms.js';
import { pythonModels } from './python/models.js';
import { jsModels } from './js/models.js';
import { pythonScheduler } from './python/scheduler.js';
import { pythonSignals } from './python/signals.js';
import { pythonMonitoring } from './python/monitoring.js';
import { pythonRateLimit } from './python/rate-limit.js';
import { pydanticSettings } from './python/settings.js';
import { pythonStructure } from './python/structure.js';
import { recordWrites } from './record-writes.js';
import { scanKnownFormats, sourceSecrets, textSecrets } from './secrets.js';
import { CALL_KINDS, NodeQueries, SourceFile, compact } from './source.js';
import { collectSuppressions } from './suppressions.js';
import { backupsExtractor } from './text/backups.js';
import { ciWorkflowsExtractor } from './text/ci-workflows.js';
import { dependencyUpdatesExtractor } from './text/dependency-updates.js';
import { deploymentConfigExtractor } from './text/deployment-config.js';
import { documentsExtractor } from './text/documents.js';
import { envDeclarationsExtractor } from './text/env-declarations.js';
import { nginxExtractor } from './text/nginx.js';
import { packageJsonExtractor } from './text/package-json.js';
import { prismaSchemaExtractor } from './text/prisma-schema.js';
import { sqlSchemaExtractor } from './text/sql-schema.js';
import { privacyPolicyExtractor } from './text/privacy-policy.js';
import { schedulesExtractor } from './text/schedules.js';
import { uptimeMonitorsExtractor } from './text/uptime-monitors.js';
import type { NodeQuery, SourceExtractor, TextExtractor } from './types.js';

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
  authjsExtractor,
  nestjsExtractor,
  trpcExtractor,
  cookiesExtractor,
  corsExtractor,
  fastapiExtractor,
  flaskExtractor,
  djangoExtractor,
  pythonCookiesExtractor,
  pythonCorsExtractor,
  pythonSignals,
  pythonModels,
  pythonForms,
  jsModels,
  // Privacy, data lifecycle, monitoring and operations read the functions, imports, routes and env reads collected above.
  privacyPageExtractor,
  jsScheduler,
  pythonScheduler,
  recordWrites,
  pydanticSettings,
  jsMonitoring,
  pythonMonitoring,
  jsRateLimit,
  pythonRateLimit,
  checklyExtractor,
  // After every extractor that records functions and routes: it summarises what lies outside them.
  moduleBody,
  sourceSecrets,
];
export const TEXT_EXTRACTORS: readonly TextExtractor[] = [
  documentsExtractor,
  prismaSchemaExtractor,
  sqlSchemaExtractor,
  envDeclarationsExtractor,
  privacyPolicyExtractor,
  schedulesExtractor,
  textSecrets,
  deploymentConfigExtractor,
  ciWorkflowsExtractor,
  packageJsonExtractor,
  dependencyUpdatesExtractor,
  backupsExtractor,
  uptimeMonitorsExtractor,
  nginxExtractor,
];

/** Bumped whenever extraction changes, so cached facts from an older version are not reused. */
export const EXTRACTOR_VERSION = 58;

const QUERIES = new Map<Language, NodeQueries>();

/** Every node kind the extractors of a language read, narrowed where they say so, plus calls and syntax errors. */
function queriesFor(language: Language): NodeQueries {
  let queries = QUERIES.get(language);
  if (!queries) {
    // Calls are not narrowed: a regex in the query reads every callee's text natively, which
    // costs more than fetching the call (measured: 8 s instead of 1 s on 500k lines).
    // Python `raise X` statements are indexed with the calls (SourceFile.calls).
    const all: NodeQuery[] = ['ERROR', CALL_KINDS[language], ...(language === 'python' ? ['raise_statement'] : [])];
    for (const e of SOURCE_EXTRACTORS) if (e.languages.includes(language)) all.push(...e.kinds);
    queries = new NodeQueries(all, (k) => k === 'ERROR' || kind(napiLanguage(language), k) !== 0);
    QUERIES.set(language, queries);
  }
  return queries;
}

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
  const file = new SourceFile(path, language, text, root, queriesFor(language));
  const [syntaxError] = file.nodes('ERROR');
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

/**
 * Test code is read, not parsed: it is not the application (a supertest `request(app).post`
 * is not a route, a fixture's `deleteMany` is not a data operation), but a real key
 * committed in a test is still a leaked key.
 */
export function extractTest(path: string, language: Language, text: string, lines: number): FileFacts {
  const facts = emptyFileFacts(path, language, lines);
  scanKnownFormats(path, text, facts);
  collectSuppressions(text, facts);
  return facts;
}

export function extractText(path: string, text: string, lines: number): FileFacts {
  const facts = emptyFileFacts(path, null, lines);
  for (const extractor of TEXT_EXTRACTORS) if (extractor.accepts(path)) extractor.extract(path, text, facts);
  collectSuppressions(text, facts);
  return facts;
}
