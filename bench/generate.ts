/**
 * Deterministic synthetic SaaS monorepo for benchmarks.
 *
 *   npx tsx bench/generate.ts <dir> <lines> [seed]
 *
 * Writes a monorepo that looks like the code shipshape is meant to audit: Express and
 * Next.js apps, shared packages, FastAPI and Django services, Prisma schemas, tests,
 * configs, workflows and docs. Routes come with and without role checks, tenant scoping
 * and audit calls, so rules have real work to do. About 15% of the lines are Python.
 *
 * The output depends only on (targetLines, seed): the same pair gives byte-identical
 * files. "Lines" are `\n` characters in the files a scanner is expected to read; the
 * things a scanner must skip (node_modules/, the gitignored dist/, a minified vendor
 * bundle, the marker file) are written but not counted.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Written at the root of every generated repository; lets a re-run replace it safely. */
export const MARKER_FILE = '.shipshape-bench';

/** Share of counted lines that are Python (`.py`) by default; the bench also measures a TypeScript-only repository. */
const PYTHON_SHARE = 0.15;
/** Share of counted lines that are Markdown docs under docs/. */
const DOCS_SHARE = 0.04;

// ---------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for picking names and sizes. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) {
      const [item] = copy.splice(Math.floor(this.next() * copy.length), 1);
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let roll = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new Error('weighted pick from no weights');
    return last[0];
  }
}

// ---------------------------------------------------------------------------------------
// Word lists and naming

const ENTITY_WORDS = [
  'invoice', 'customer', 'subscription', 'project', 'task', 'comment', 'ticket', 'workspace',
  'team', 'member', 'document', 'report', 'webhook', 'integration', 'notification', 'payment',
  'refund', 'order', 'shipment', 'product', 'asset', 'contract', 'approval', 'timesheet',
  'expense', 'budget', 'campaign', 'lead', 'deal', 'pipeline', 'vendor', 'warehouse',
  'coupon', 'invitation', 'policy', 'incident', 'alertRule', 'dashboard', 'metric', 'booking',
  'appointment', 'patient', 'course', 'lesson', 'enrollment', 'quote', 'estimate', 'milestone',
  'sprint', 'release', 'deployment', 'environment', 'apiKey', 'label', 'folder', 'attachment',
  'note', 'message', 'thread', 'channel', 'survey', 'surveyResponse', 'formField', 'template',
  'segment', 'audience', 'payout', 'ledgerEntry', 'taxRate', 'address', 'location', 'device',
  'license', 'plan', 'feature', 'experiment', 'purchaseOrder', 'lineItem', 'creditNote',
  'supportCase', 'knowledgeArticle', 'auditReview', 'dataRequest', 'contactPerson', 'territory',
] as const;

const ACTION_VERBS = [
  'archive', 'restore', 'approve', 'reject', 'assign', 'publish', 'unpublish', 'sync',
  'duplicate', 'close', 'reopen', 'cancel', 'submit', 'lock', 'unlock', 'verify', 'resend',
  'escalate', 'merge', 'transfer', 'pin', 'snooze', 'rotate', 'refresh',
] as const;

const PAST: Record<string, string> = {
  archive: 'archived', restore: 'restored', approve: 'approved', reject: 'rejected',
  assign: 'assigned', publish: 'published', unpublish: 'unpublished', sync: 'synced',
  duplicate: 'duplicated', close: 'closed', reopen: 'reopened', cancel: 'cancelled',
  submit: 'submitted', lock: 'locked', unlock: 'unlocked', verify: 'verified', resend: 'resent',
  escalate: 'escalated', merge: 'merged', transfer: 'transferred', pin: 'pinned',
  snooze: 'snoozed', rotate: 'rotated', refresh: 'refreshed',
};

const DOMAINS = [
  'billing', 'crm', 'ops', 'partner', 'support', 'growth', 'insights', 'catalog', 'fulfillment',
  'identity', 'scheduling', 'compliance', 'messaging', 'payments', 'analytics', 'admin', 'portal',
  'people', 'marketplace', 'logistics', 'onboarding', 'search', 'studio', 'vault', 'ledger',
] as const;

const COMPONENT_SUFFIXES = [
  'Table', 'Form', 'Card', 'List', 'Drawer', 'Dialog', 'Header', 'Filters', 'Badge', 'Summary',
  'Timeline', 'EmptyState', 'Toolbar', 'Panel', 'Picker', 'Row', 'Details', 'Chart',
] as const;

const UTIL_TOPICS = [
  'currency', 'dates', 'pagination', 'retry', 'slugify', 'csv', 'money', 'featureFlags', 'http',
  'errors', 'cache', 'queue', 'strings', 'env', 'validation', 'search', 'sorting', 'timezones',
  'numbers', 'ids', 'colors', 'arrays', 'objects', 'urls', 'storage', 'events',
] as const;

const STATUSES = ['draft', 'pending', 'active', 'on_hold', 'completed', 'failed', 'expired'] as const;
const ROLES = ['admin', 'owner', 'manager', 'billing'] as const;

interface Field {
  name: string;
  ts: string;
  py: string;
  prisma: string;
  zod: string;
  sample: string;
}

const FIELDS: readonly Field[] = [
  { name: 'title', ts: 'string', py: 'str', prisma: 'String', zod: 'z.string().min(1).max(200)', sample: "'Quarterly review'" },
  { name: 'description', ts: 'string | null', py: 'str | None', prisma: 'String?', zod: 'z.string().max(5000).nullable()', sample: 'null' },
  { name: 'amountCents', ts: 'number', py: 'int', prisma: 'Int', zod: 'z.number().int().nonnegative()', sample: '12500' },
  { name: 'currency', ts: 'string', py: 'str', prisma: 'String', zod: 'z.string().length(3)', sample: "'EUR'" },
  { name: 'dueDate', ts: 'Date | null', py: 'datetime | None', prisma: 'DateTime?', zod: 'z.coerce.date().nullable()', sample: 'null' },
  { name: 'ownerId', ts: 'string', py: 'str', prisma: 'String', zod: 'z.string().cuid()', sample: "'user_1'" },
  { name: 'priority', ts: 'number', py: 'int', prisma: 'Int', zod: 'z.number().int().min(0).max(4)', sample: '2' },
  { name: 'notes', ts: 'string | null', py: 'str | None', prisma: 'String?', zod: 'z.string().max(2000).nullable()', sample: 'null' },
  { name: 'externalId', ts: 'string | null', py: 'str | None', prisma: 'String?', zod: 'z.string().max(120).nullable()', sample: "'ext_42'" },
  { name: 'email', ts: 'string', py: 'str', prisma: 'String', zod: 'z.string().email()', sample: "'ops@example.com'" },
  { name: 'quantity', ts: 'number', py: 'int', prisma: 'Int', zod: 'z.number().int().positive()', sample: '3' },
  { name: 'url', ts: 'string | null', py: 'str | None', prisma: 'String?', zod: 'z.string().url().nullable()', sample: "'https://example.com'" },
  { name: 'position', ts: 'number', py: 'int', prisma: 'Int', zod: 'z.number().int()', sample: '0' },
  { name: 'isPinned', ts: 'boolean', py: 'bool', prisma: 'Boolean', zod: 'z.boolean()', sample: 'false' },
  { name: 'startsAt', ts: 'Date', py: 'datetime', prisma: 'DateTime', zod: 'z.coerce.date()', sample: 'new Date(0)' },
  { name: 'color', ts: 'string', py: 'str', prisma: 'String', zod: 'z.string().regex(/^#[0-9a-f]{6}$/i)', sample: "'#3366ff'" },
];

interface Name {
  camel: string;
  pascal: string;
  kebab: string;
  snake: string;
  pluralCamel: string;
  pluralPascal: string;
  pluralKebab: string;
  pluralSnake: string;
  words: string;
}

function splitWords(camel: string): string[] {
  return camel.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(' ');
}

function pluralize(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function nameOf(camel: string): Name {
  const words = splitWords(camel);
  const pluralWords = [...words.slice(0, -1), pluralize(words[words.length - 1] ?? '')];
  const toCamel = (ws: string[]) => ws.map((w, i) => (i === 0 ? w : cap(w))).join('');
  return {
    camel,
    pascal: cap(camel),
    kebab: words.join('-'),
    snake: words.join('_'),
    pluralCamel: toCamel(pluralWords),
    pluralPascal: cap(toCamel(pluralWords)),
    pluralKebab: pluralWords.join('-'),
    pluralSnake: pluralWords.join('_'),
    words: words.join(' '),
  };
}

const snake = (camel: string) => splitWords(camel).join('_');

// ---------------------------------------------------------------------------------------
// Output

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Accumulates the lines of one file; `lines` is exact for the finished text. */
class Buf {
  private readonly parts: string[] = [];
  lines = 0;

  add(...chunks: string[]): this {
    for (const chunk of chunks) {
      this.parts.push(chunk);
      this.lines += countNewlines(chunk) + 1;
    }
    return this;
  }

  text(): string {
    return this.parts.length === 0 ? '' : `${this.parts.join('\n')}\n`;
  }
}

class Writer {
  files = 0;
  lines = 0;
  private readonly dirs = new Set<string>();
  private readonly paths = new Set<string>();

  constructor(
    private readonly root: string,
    /** Draws file sizes; separate from the content stream so sizes stay stable. */
    readonly sizes: Rng,
  ) {}

  has(path: string): boolean {
    return this.paths.has(path);
  }

  /** Writes `content` at repo-relative `path`; `counted` files add to files/lines. */
  write(path: string, content: string, counted = true): number {
    if (this.paths.has(path)) throw new Error(`generator wrote ${path} twice`);
    this.paths.add(path);
    const full = join(this.root, path);
    const dir = dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    writeFileSync(full, content);
    const lines = countNewlines(content);
    if (counted) {
      this.files++;
      this.lines += lines;
    }
    return lines;
  }

  /** `dir/file` if unused, else `dir/<qualifier>/file`, else `dir/<qualifier>-<n>/file` (Next.js wants fixed file names). */
  uniqueDir(dir: string, file: string, qualifiers: readonly string[], rng: Rng): string {
    if (!this.has(`${dir}/${file}`)) return `${dir}/${file}`;
    for (let i = 0; i < 4; i++) {
      const candidate = `${dir}/${rng.pick(qualifiers)}/${file}`;
      if (!this.has(candidate)) return candidate;
    }
    const qualifier = rng.pick(qualifiers);
    for (let n = 2; ; n++) {
      if (!this.has(`${dir}/${qualifier}-${n}/${file}`)) return `${dir}/${qualifier}-${n}/${file}`;
    }
  }

  /** A path not used yet: `base` + `ext`, else with a qualifier, else numbered. */
  unique(base: string, ext: string, qualifiers: readonly string[], rng: Rng): string {
    if (!this.has(`${base}${ext}`)) return `${base}${ext}`;
    for (let i = 0; i < 4; i++) {
      const candidate = `${base}${cap(rng.pick(qualifiers))}${ext}`;
      if (!this.has(candidate)) return candidate;
    }
    for (let n = 2; ; n++) {
      if (!this.has(`${base}${n}${ext}`)) return `${base}${n}${ext}`;
    }
  }
}

/** File sizes: mostly small, some medium, a few large. */
function sampleSize(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.5) return rng.int(20, 120);
  if (roll < 0.83) return rng.int(120, 300);
  if (roll < 0.97) return rng.int(300, 600);
  return rng.int(600, 1400);
}

// ---------------------------------------------------------------------------------------
// TypeScript: Express API

interface Ctx {
  rng: Rng;
  entities: Name[];
}

function fieldsFor(rng: Rng): Field[] {
  return rng.sample(FIELDS, rng.int(3, 7));
}

function zodSchema(b: Buf, name: string, fields: Field[], partial: boolean) {
  b.add(`const ${name} = z.object({`);
  for (const f of fields) b.add(`  ${f.name}: ${f.zod}${partial ? '.optional()' : ''},`);
  b.add('});', '');
}

type Guard = 'mount' | 'role' | 'permission' | 'service';

function expressHandlerBody(b: Buf, rng: Rng, e: Name, kind: 'list' | 'get' | 'create' | 'update' | 'delete' | 'action', verb: string, guard: Guard, indent: string) {
  const i = indent;
  const scoped = guard === 'service' || rng.chance(0.7);
  const where = scoped
    ? `{ id: req.params.id, organizationId: req.user.organizationId }`
    : `{ id: req.params.id }`;
  const audited = kind !== 'list' && kind !== 'get' && rng.chance(0.6);
  const auditLine = (action: string, id: string) =>
    `${i}await audit.record({ actor: req.user, action: '${e.camel}.${action}', target: { type: '${e.snake}', id: ${id} }, req });`;
  switch (kind) {
    case 'list':
      b.add(
        `${i}const page = Number(req.query.page ?? 1);`,
        `${i}const ${e.pluralCamel} = await prisma.${e.camel}.findMany({`,
        `${i}  where: { organizationId: req.user.organizationId${rng.chance(0.5) ? ', archivedAt: null' : ''} },`,
        `${i}  orderBy: { ${rng.pick(['createdAt', 'updatedAt', 'position'])}: '${rng.pick(['asc', 'desc'])}' },`,
        `${i}  skip: (page - 1) * PAGE_SIZE,`,
        `${i}  take: PAGE_SIZE,`,
        `${i}});`,
        `${i}res.json({ items: ${e.pluralCamel}, page });`,
      );
      return;
    case 'get':
      b.add(
        `${i}const ${e.camel} = await prisma.${e.camel}.${scoped ? 'findFirst' : 'findUnique'}({ where: ${where} });`,
        `${i}if (!${e.camel}) return res.status(404).json({ error: 'not_found' });`,
        `${i}res.json(${e.camel});`,
      );
      return;
    case 'create':
      b.add(
        `${i}const input = create${e.pascal}Schema.parse(req.body);`,
        guard === 'service'
          ? `${i}const ${e.camel} = await ${e.camel}Service.create${e.pascal}(req.user, input);`
          : `${i}const ${e.camel} = await prisma.${e.camel}.create({ data: { ...input, organizationId: req.user.organizationId, createdById: req.user.id } });`,
      );
      if (audited) b.add(auditLine('created', `${e.camel}.id`));
      b.add(`${i}res.status(201).json(${e.camel});`);
      return;
    case 'update':
      b.add(`${i}const input = update${e.pascal}Schema.parse(req.body);`);
      if (guard === 'service') {
        b.add(`${i}const ${e.camel} = await ${e.camel}Service.update${e.pascal}(req.user, req.params.id, input);`);
      } else if (scoped) {
        b.add(
          `${i}const { count } = await prisma.${e.camel}.updateMany({ where: ${where}, data: input });`,
          `${i}if (count === 0) return res.status(404).json({ error: 'not_found' });`,
          `${i}const ${e.camel} = await prisma.${e.camel}.findUniqueOrThrow({ where: { id: req.params.id } });`,
        );
      } else {
        b.add(`${i}const ${e.camel} = await prisma.${e.camel}.update({ where: ${where}, data: input });`);
      }
      if (audited) b.add(auditLine('updated', `${e.camel}.id`));
      b.add(`${i}res.json(${e.camel});`);
      return;
    case 'delete':
      if (guard === 'service') {
        b.add(`${i}await ${e.camel}Service.delete${e.pascal}(req.user, req.params.id);`);
      } else {
        b.add(`${i}await prisma.${e.camel}.${scoped ? 'deleteMany' : 'delete'}({ where: ${where} });`);
      }
      if (audited) b.add(auditLine('deleted', 'req.params.id'));
      b.add(`${i}res.status(204).end();`);
      return;
    case 'action': {
      const past = PAST[verb] ?? `${verb}ed`;
      if (guard === 'service') {
        b.add(`${i}const ${e.camel} = await ${e.camel}Service.${verb}${e.pascal}(req.user, req.params.id);`);
      } else {
        b.add(
          `${i}const existing = await prisma.${e.camel}.${scoped ? 'findFirst' : 'findUnique'}({ where: ${where} });`,
          `${i}if (!existing) return res.status(404).json({ error: 'not_found' });`,
          `${i}if (existing.status === '${past}') return res.status(409).json({ error: 'already_${past}' });`,
          `${i}const ${e.camel} = await prisma.${e.camel}.update({`,
          `${i}  where: { id: existing.id },`,
          `${i}  data: { status: '${past}', ${past}At: new Date(), ${past}ById: req.user.id },`,
          `${i}});`,
        );
      }
      if (audited) b.add(auditLine(past, `${e.camel}.id`));
      b.add(`${i}res.json(${e.camel});`);
      return;
    }
  }
}

function expressRouteFile(ctx: Ctx, e: Name, size: number): string {
  const { rng } = ctx;
  const b = new Buf();
  const controllerStyle = rng.chance(0.35);
  const fields = fieldsFor(rng);
  const router = `${e.pluralCamel}Router`;
  b.add(
    controllerStyle
      ? "import { Router, type Request, type Response } from 'express';"
      : "import { Router } from 'express';",
    "import { z } from 'zod';",
    "import { audit } from '../lib/audit.js';",
    "import { prisma } from '../lib/prisma.js';",
    "import { requirePermission, requireRole } from '../middleware/auth.js';",
    `import * as ${e.camel}Service from '../services/${e.camel}Service.js';`,
    '',
    `export const ${router} = Router();`,
    '',
    `const PAGE_SIZE = ${rng.pick([20, 25, 50, 100])};`,
    '',
  );
  zodSchema(b, `create${e.pascal}Schema`, fields, false);
  zodSchema(b, `update${e.pascal}Schema`, fields, true);

  const plan: { kind: 'list' | 'get' | 'create' | 'update' | 'delete' | 'action'; method: string; path: string; verb: string }[] = [
    { kind: 'list', method: 'get', path: '/', verb: 'list' },
    { kind: 'get', method: 'get', path: '/:id', verb: 'get' },
    { kind: 'create', method: 'post', path: '/', verb: 'create' },
    { kind: 'update', method: 'patch', path: '/:id', verb: 'update' },
    { kind: 'delete', method: 'delete', path: '/:id', verb: 'delete' },
  ];
  const verbs = rng.sample(ACTION_VERBS, ACTION_VERBS.length);
  const registrations: string[] = [];
  let n = 0;
  while (b.lines + registrations.length < size - 2) {
    const step = plan[n] ?? {
      kind: 'action' as const,
      method: 'post',
      path: `/:id/${verbs[(n - plan.length) % verbs.length] ?? 'sync'}${n - plan.length >= verbs.length ? `-${n}` : ''}`,
      verb: verbs[(n - plan.length) % verbs.length] ?? 'sync',
    };
    n++;
    const guard: Guard =
      step.kind === 'list' || step.kind === 'get'
        ? 'mount'
        : rng.weighted({ mount: 3, role: 3, permission: 2, service: 2 } as const);
    const guardArg =
      guard === 'role'
        ? `requireRole('${rng.pick(ROLES)}'), `
        : guard === 'permission'
          ? `requirePermission('${e.kebab}:${step.kind === 'delete' ? 'delete' : 'write'}'), `
          : '';
    const fnName = step.kind === 'action' ? `${step.verb}${e.pascal}` : `${step.verb}${step.kind === 'list' ? e.pluralPascal : e.pascal}`;
    const uniqueFn = n > plan.length + verbs.length ? `${fnName}${n}` : fnName;
    if (controllerStyle) {
      b.add(`export async function ${uniqueFn}Handler(req: Request, res: Response) {`);
      expressHandlerBody(b, rng, e, step.kind, step.verb, guard, '  ');
      b.add('}', '');
      registrations.push(`${router}.${step.method}('${step.path}', ${guardArg}${uniqueFn}Handler);`);
    } else {
      b.add(`${router}.${step.method}('${step.path}', ${guardArg}async (req, res) => {`);
      expressHandlerBody(b, rng, e, step.kind, step.verb, guard, '  ');
      b.add('});', '');
    }
  }
  if (registrations.length > 0) b.add(...registrations);
  return b.text();
}

function expressServiceFile(ctx: Ctx, e: Name, size: number): string {
  const { rng } = ctx;
  const b = new Buf();
  b.add(
    "import type { Prisma, User } from '@prisma/client';",
    "import { prisma } from '../lib/prisma.js';",
    "import { assertCan, NotFoundError } from '../lib/permissions.js';",
    '',
    `export type ${e.pascal}Input = Omit<Prisma.${e.pascal}UncheckedCreateInput, 'organizationId' | 'createdById'>;`,
    '',
    `async function find${e.pascal}(user: User, id: string) {`,
    `  const ${e.camel} = await prisma.${e.camel}.findFirst({ where: { id, organizationId: user.organizationId } });`,
    `  if (!${e.camel}) throw new NotFoundError('${e.snake}', id);`,
    `  return ${e.camel};`,
    '}',
    '',
    `export async function create${e.pascal}(user: User, input: ${e.pascal}Input) {`,
    `  assertCan(user, '${e.kebab}:write');`,
    `  return prisma.${e.camel}.create({ data: { ...input, organizationId: user.organizationId, createdById: user.id } });`,
    '}',
    '',
    `export async function update${e.pascal}(user: User, id: string, input: Partial<${e.pascal}Input>) {`,
    `  const ${e.camel} = await find${e.pascal}(user, id);`,
    `  assertCan(user, '${e.kebab}:write', ${e.camel});`,
    `  return prisma.${e.camel}.update({ where: { id: ${e.camel}.id }, data: input });`,
    '}',
    '',
    `export async function delete${e.pascal}(user: User, id: string) {`,
    `  const ${e.camel} = await find${e.pascal}(user, id);`,
    `  assertCan(user, '${e.kebab}:delete', ${e.camel});`,
    `  await prisma.${e.camel}.delete({ where: { id: ${e.camel}.id } });`,
    '}',
    '',
  );
  const verbs = rng.sample(ACTION_VERBS, ACTION_VERBS.length);
  let n = 0;
  while (b.lines < size - 2) {
    const verb = verbs[n % verbs.length] ?? 'sync';
    const suffix = n >= verbs.length ? String(n) : '';
    n++;
    const past = PAST[verb] ?? `${verb}ed`;
    const style = rng.int(0, 3);
    if (style === 0) {
      b.add(
        `export async function ${verb}${e.pascal}${suffix}(user: User, id: string) {`,
        `  const ${e.camel} = await find${e.pascal}(user, id);`,
        rng.chance(0.7) ? `  assertCan(user, '${e.kebab}:${verb}', ${e.camel});` : `  // Any member of the organization may ${verb} a ${e.words}.`,
        `  return prisma.${e.camel}.update({`,
        `    where: { id: ${e.camel}.id },`,
        `    data: { status: '${past}', ${past}At: new Date(), ${past}ById: user.id },`,
        '  });',
        '}',
        '',
      );
    } else if (style === 1) {
      b.add(
        `export async function ${verb}${e.pluralPascal}${suffix}(user: User, ids: string[]) {`,
        `  const ${e.pluralCamel} = await prisma.${e.camel}.findMany({`,
        `    where: { id: { in: ids }, organizationId: user.organizationId },`,
        '    select: { id: true, status: true },',
        '  });',
        `  const eligible = ${e.pluralCamel}.filter((item) => item.status !== '${past}');`,
        '  if (eligible.length === 0) return { updated: 0, skipped: ids.length };',
        `  const { count } = await prisma.${e.camel}.updateMany({`,
        '    where: { id: { in: eligible.map((item) => item.id) } },',
        `    data: { status: '${past}' },`,
        '  });',
        '  return { updated: count, skipped: ids.length - count };',
        '}',
        '',
      );
    } else if (style === 2) {
      const field = rng.pick(['amountCents', 'quantity', 'priority', 'position']);
      b.add(
        `export async function summarize${e.pluralPascal}${suffix}(user: User, since: Date) {`,
        `  const rows = await prisma.${e.camel}.groupBy({`,
        "    by: ['status'],",
        '    where: { organizationId: user.organizationId, createdAt: { gte: since } },',
        `    _sum: { ${field}: true },`,
        '    _count: { _all: true },',
        '  });',
        '  return rows.map((row) => ({',
        '    status: row.status,',
        '    count: row._count._all,',
        `    total: row._sum.${field} ?? 0,`,
        '  }));',
        '}',
        '',
      );
    } else {
      b.add(
        `export function ${verb}${e.pascal}Allowed${suffix}(status: string, role: string): boolean {`,
        '  switch (status) {',
        `    case '${rng.pick(STATUSES)}':`,
        `    case '${rng.pick(STATUSES)}':`,
        "      return role !== 'viewer';",
        `    case '${past}':`,
        '      return false;',
        '    default:',
        `      return role === '${rng.pick(ROLES)}';`,
        '  }',
        '}',
        '',
      );
    }
  }
  return b.text();
}

function tsTypesFile(ctx: Ctx, e: Name, size: number): string {
  const { rng } = ctx;
  const b = new Buf();
  const statuses = rng.sample(STATUSES, rng.int(3, 6));
  b.add(
    `export const ${snake(e.camel).toUpperCase()}_STATUSES = [${statuses.map((s) => `'${s}'`).join(', ')}] as const;`,
    `export type ${e.pascal}Status = (typeof ${snake(e.camel).toUpperCase()}_STATUSES)[number];`,
    '',
    `export interface ${e.pascal} {`,
    '  id: string;',
    '  organizationId: string;',
    `  status: ${e.pascal}Status;`,
  );
  for (const f of fieldsFor(rng)) b.add(`  ${f.name}: ${f.ts};`);
  b.add('  createdAt: Date;', '  updatedAt: Date;', '}', '');
  let n = 0;
  while (b.lines < size - 2) {
    const other = rng.pick(ctx.entities);
    const tag = n === 0 ? '' : String(n);
    n++;
    switch (rng.int(0, 2)) {
      case 0:
        b.add(`export interface ${e.pascal}With${other.pluralPascal}${tag} extends ${e.pascal} {`);
        b.add(`  ${other.pluralCamel}: Array<{ id: string; ${rng.pick(FIELDS).name}: unknown }>;`, `  ${other.camel}Count: number;`, '}', '');
        break;
      case 1:
        b.add(`export type ${e.pascal}Event${tag} =`);
        for (const verb of rng.sample(ACTION_VERBS, rng.int(2, 5))) {
          b.add(`  | { type: '${e.camel}.${PAST[verb] ?? verb}'; ${e.camel}Id: string; at: string }`);
        }
        b.add(`  | { type: '${e.camel}.deleted'; ${e.camel}Id: string; at: string };`, '');
        break;
      default:
        b.add(`export interface ${e.pascal}Filter${tag} {`);
        for (const f of rng.sample(FIELDS, rng.int(2, 5))) b.add(`  ${f.name}?: ${f.ts};`);
        b.add(`  status?: ${e.pascal}Status[];`, '  cursor?: string;', '  limit?: number;', '}', '');
    }
  }
  return b.text();
}

function utilFile(rng: Rng, topic: string, size: number): string {
  const b = new Buf();
  b.add(`// Helpers for ${splitWords(topic).join(' ')}.`, '');
  let n = 0;
  while (b.lines < size - 2) {
    const noun = nameOf(rng.pick(ENTITY_WORDS));
    const tag = n < 3 ? '' : String(n);
    n++;
    switch (rng.int(0, 5)) {
      case 0:
        b.add(
          `export function format${noun.pascal}Label${tag}(value: { ${noun.camel}Name?: string | null; code: string }, locale = 'en-US'): string {`,
          `  const name = value.${noun.camel}Name?.trim();`,
          "  if (!name) return value.code.toUpperCase();",
          "  return `${name.toLocaleUpperCase(locale).slice(0, 1)}${name.slice(1)} (${value.code})`;",
          '}',
          '',
        );
        break;
      case 1:
        b.add(
          `export async function with${noun.pascal}Retry${tag}<T>(fn: () => Promise<T>, attempts = ${rng.int(2, 6)}): Promise<T> {`,
          '  let lastError: unknown;',
          '  for (let attempt = 1; attempt <= attempts; attempt++) {',
          '    try {',
          '      return await fn();',
          '    } catch (error) {',
          '      lastError = error;',
          `      await new Promise((resolve) => setTimeout(resolve, ${rng.int(50, 400)} * 2 ** attempt));`,
          '    }',
          '  }',
          '  throw lastError;',
          '}',
          '',
        );
        break;
      case 2:
        b.add(
          `export function group${noun.pluralPascal}By${tag}<T extends Record<string, unknown>>(items: T[], key: keyof T): Map<unknown, T[]> {`,
          '  const groups = new Map<unknown, T[]>();',
          '  for (const item of items) {',
          '    const bucket = groups.get(item[key]) ?? [];',
          '    bucket.push(item);',
          '    groups.set(item[key], bucket);',
          '  }',
          '  return groups;',
          '}',
          '',
        );
        break;
      case 3:
        b.add(
          `export const ${snake(noun.camel).toUpperCase()}_${snake(topic).toUpperCase()}_DEFAULTS${tag} = {`,
          `  pageSize: ${rng.pick([10, 20, 25, 50])},`,
          `  timeoutMs: ${rng.int(1, 30) * 1000},`,
          `  currency: '${rng.pick(['EUR', 'USD', 'GBP', 'CHF'])}',`,
          `  enabled: ${rng.chance(0.5)},`,
          '} as const;',
          '',
        );
        break;
      case 4:
        b.add(
          `export function parse${noun.pascal}Query${tag}(query: URLSearchParams) {`,
          "  const limit = Math.min(Number(query.get('limit') ?? 25), 100);",
          "  const sort = query.get('sort') === 'asc' ? 'asc' : 'desc';",
          "  const search = query.get('q')?.trim() || undefined;",
          `  const statuses = query.getAll('status').filter((s) => [${rng.sample(STATUSES, 3).map((s) => `'${s}'`).join(', ')}].includes(s));`,
          '  return { limit, sort, search, statuses } as const;',
          '}',
          '',
        );
        break;
      default:
        b.add(
          `export function ${noun.camel}Diff${tag}(before: Record<string, unknown>, after: Record<string, unknown>) {`,
          '  const changes: Record<string, { from: unknown; to: unknown }> = {};',
          '  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {',
          '    if (before[key] !== after[key]) changes[key] = { from: before[key], to: after[key] };',
          '  }',
          '  return changes;',
          '}',
          '',
        );
    }
  }
  return b.text();
}

function tsTestFile(ctx: Ctx, e: Name, size: number, runner: 'vitest' | 'jest'): string {
  const { rng } = ctx;
  const b = new Buf();
  b.add(
    runner === 'vitest' ? "import { describe, expect, it } from 'vitest';" : "import { describe, expect, it } from '@jest/globals';",
    `import { ${rng.pick(ACTION_VERBS)}${e.pascal}Allowed } from '../src/services/${e.camel}Service.js';`,
    '',
    `describe('${e.words}', () => {`,
  );
  let n = 0;
  while (b.lines < size - 2) {
    const verb = rng.pick(ACTION_VERBS);
    const status = rng.pick(STATUSES);
    n++;
    b.add(
      `  it('${rng.pick(['allows', 'refuses', 'handles'])} ${verb} when ${status.replace('_', ' ')} (case ${n})', () => {`,
      `    const result = ${verb}${e.pascal}Allowed('${status}', '${rng.pick(ROLES)}');`,
      `    expect(typeof result).toBe('boolean');`,
      `    expect(result).toBe(${rng.chance(0.5)});`,
      '  });',
      '',
    );
  }
  b.add('});');
  return b.text();
}

function prismaSchema(rng: Rng, entities: Name[]): string {
  const b = new Buf();
  b.add(
    'generator client {',
    '  provider = "prisma-client-js"',
    '}',
    '',
    'datasource db {',
    '  provider = "postgresql"',
    '  url      = env("DATABASE_URL")',
    '}',
    '',
    'model Organization {',
    '  id        String   @id @default(cuid())',
    '  name      String',
    '  createdAt DateTime @default(now())',
    '}',
    '',
    'model User {',
    '  id             String   @id @default(cuid())',
    '  organizationId String',
    '  email          String   @unique',
    '  name           String',
    '  role           String   @default("member")',
    '  createdAt      DateTime @default(now())',
    '}',
    '',
    'model AuditLog {',
    '  id             String   @id @default(cuid())',
    '  organizationId String',
    '  actorId        String?',
    '  action         String',
    '  targetType     String',
    '  targetId       String',
    '  metadata       Json?',
    '  createdAt      DateTime @default(now())',
    '',
    '  @@index([organizationId, createdAt])',
    '}',
    '',
  );
  for (const e of entities) {
    b.add(`model ${e.pascal} {`, '  id             String    @id @default(cuid())', '  organizationId String', '  status         String    @default("draft")');
    for (const f of fieldsFor(rng)) b.add(`  ${f.name.padEnd(14)} ${f.prisma}`);
    b.add('  createdById    String', '  archivedAt     DateTime?', '  createdAt      DateTime  @default(now())', '  updatedAt      DateTime  @updatedAt', '', '  @@index([organizationId])', '}', '');
  }
  return b.text();
}

function jsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function packageJson(name: string, deps: Record<string, string>, scripts: Record<string, string>): string {
  return jsonFile({ name, version: '0.0.0', private: true, type: 'module', scripts, dependencies: deps });
}

const TSCONFIG = jsonFile({ extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'dist', rootDir: '.' }, include: ['src', 'test'] });

/** Budget-driven loop shared by all workspaces. */
function fill(w: Writer, budget: number, reserve: number, next: (size: number) => void) {
  const start = w.lines;
  for (;;) {
    const left = budget - (w.lines - start) - reserve;
    if (left < 12) return;
    let size = Math.min(sampleSize(w.sizes), left);
    if (left - size < 20) size = left;
    next(size);
  }
}

function expressApi(w: Writer, rng: Rng, root: string, budget: number) {
  const start = w.lines;
  const entities = rng.sample(ENTITY_WORDS, Math.max(4, Math.min(30, Math.round(budget / 1200)))).map(nameOf);
  const ctx: Ctx = { rng, entities };
  const pkg = root.split('/').pop() ?? 'api';
  w.write(`${root}/package.json`, packageJson(`@acme/${pkg}`, { express: '^5.0.0', zod: '^3.23.8', '@prisma/client': '^5.15.0', '@sentry/node': '^8.9.2' }, { dev: 'tsx watch src/server.ts', test: 'vitest run', lint: 'eslint src' }));
  w.write(`${root}/tsconfig.json`, TSCONFIG);
  w.write(`${root}/prisma/schema.prisma`, prismaSchema(rng, entities));
  w.write(
    `${root}/src/lib/prisma.ts`,
    "import { PrismaClient } from '@prisma/client';\n\nexport const prisma = new PrismaClient();\n",
  );
  w.write(
    `${root}/src/lib/audit.ts`,
    [
      "import type { Request } from 'express';",
      "import { prisma } from './prisma.js';",
      '',
      'interface AuditInput {',
      '  actor: { id: string; organizationId: string };',
      '  action: string;',
      '  target: { type: string; id: string };',
      '  req?: Request;',
      '}',
      '',
      'export const audit = {',
      '  async record({ actor, action, target, req }: AuditInput) {',
      '    await prisma.auditLog.create({',
      '      data: { organizationId: actor.organizationId, actorId: actor.id, action, targetType: target.type, targetId: target.id, metadata: { ip: req?.ip ?? null } },',
      '    });',
      '  },',
      '};',
      '',
    ].join('\n'),
  );
  w.write(
    `${root}/src/lib/permissions.ts`,
    [
      "import type { User } from '@prisma/client';",
      '',
      'export class NotFoundError extends Error {',
      '  constructor(readonly resource: string, readonly id: string) {',
      '    super(`${resource} ${id} not found`);',
      '  }',
      '}',
      '',
      'export class ForbiddenError extends Error {}',
      '',
      `const GRANTS: Record<string, string[]> = {`,
      `  owner: ['*'],`,
      `  admin: ['*'],`,
      `  manager: [${entities.slice(0, 6).map((e) => `'${e.kebab}:write'`).join(', ')}],`,
      `  member: [${entities.slice(0, 3).map((e) => `'${e.kebab}:write'`).join(', ')}],`,
      '};',
      '',
      'export function assertCan(user: User, permission: string, resource?: { createdById?: string }) {',
      '  const grants = GRANTS[user.role] ?? [];',
      '  if (grants.includes(\'*\') || grants.includes(permission)) return;',
      '  if (resource?.createdById === user.id && !permission.endsWith(\':delete\')) return;',
      '  throw new ForbiddenError(`${user.id} may not ${permission}`);',
      '}',
      '',
    ].join('\n'),
  );
  w.write(
    `${root}/src/middleware/auth.ts`,
    [
      "import type { NextFunction, Request, Response } from 'express';",
      "import { prisma } from '../lib/prisma.js';",
      "import { assertCan } from '../lib/permissions.js';",
      '',
      'export async function requireAuth(req: Request, res: Response, next: NextFunction) {',
      "  const token = req.get('authorization')?.replace(/^Bearer /, '');",
      "  if (!token) return res.status(401).json({ error: 'unauthenticated' });",
      '  const session = await prisma.session.findUnique({ where: { token }, include: { user: true } });',
      "  if (!session || session.expiresAt < new Date()) return res.status(401).json({ error: 'unauthenticated' });",
      '  req.user = session.user;',
      '  next();',
      '}',
      '',
      'export function requireRole(...roles: string[]) {',
      '  return (req: Request, res: Response, next: NextFunction) => {',
      "    if (!roles.includes(req.user.role) && req.user.role !== 'owner') return res.status(403).json({ error: 'forbidden' });",
      '    next();',
      '  };',
      '}',
      '',
      'export function requirePermission(permission: string) {',
      '  return (req: Request, _res: Response, next: NextFunction) => {',
      '    assertCan(req.user, permission);',
      '    next();',
      '  };',
      '}',
      '',
    ].join('\n'),
  );
  const routers: Name[] = [];
  const serverReserve = 30 + entities.length;
  fill(w, budget - (w.lines - start), serverReserve, (size) => {
    const kind = routers.length === 0 ? 'route' : rng.weighted({ route: 5, service: 4, types: 2, util: 2, test: 2, job: 1 } as const);
    const e = rng.pick(entities);
    if (kind === 'route') {
      const path = w.unique(`${root}/src/routes/${e.pluralKebab}`, '.ts', ['admin', 'public', 'bulk', 'v2', 'internal'], rng);
      if (path === `${root}/src/routes/${e.pluralKebab}.ts`) routers.push(e);
      w.write(path, expressRouteFile(ctx, e, size));
    } else if (kind === 'service') {
      w.write(w.unique(`${root}/src/services/${e.camel}Service`, '.ts', ['queries', 'mutations', 'policy', 'sync'], rng), expressServiceFile(ctx, e, size));
    } else if (kind === 'types') {
      w.write(w.unique(`${root}/src/types/${e.camel}`, '.ts', ['events', 'filters', 'dto'], rng), tsTypesFile(ctx, e, size));
    } else if (kind === 'util') {
      const topic = rng.pick(UTIL_TOPICS);
      w.write(w.unique(`${root}/src/utils/${topic}`, '.ts', ['helpers', 'format', 'parse'], rng), utilFile(rng, topic, size));
    } else if (kind === 'test') {
      w.write(w.unique(`${root}/test/${e.camel}Service`, '.test.ts', ['policy', 'status', 'roles'], rng), tsTestFile(ctx, e, size, 'vitest'));
    } else {
      w.write(w.unique(`${root}/src/jobs/${e.camel}Cleanup`, '.ts', ['nightly', 'hourly', 'weekly'], rng), jobFile(rng, e, size));
    }
  });
  const server = new Buf();
  server.add(
    "import * as Sentry from '@sentry/node';",
    "import express from 'express';",
    "import { requireAuth, requireRole } from './middleware/auth.js';",
  );
  for (const e of routers) server.add(`import { ${e.pluralCamel}Router } from './routes/${e.pluralKebab}.js';`);
  server.add(
    '',
    "Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });",
    '',
    'export const app = express();',
    "app.use(express.json({ limit: '1mb' }));",
    '',
    "app.get('/healthz', (_req, res) => {",
    "  res.json({ status: 'ok' });",
    '});',
    '',
  );
  for (const e of routers) {
    const guard = rng.chance(0.15) ? `requireRole('${rng.pick(ROLES)}'), ` : '';
    server.add(`app.use('/${e.pluralKebab}', requireAuth, ${guard}${e.pluralCamel}Router);`);
  }
  server.add('', 'Sentry.setupExpressErrorHandler(app);', '', 'app.listen(Number(process.env.PORT ?? 3000));');
  w.write(`${root}/src/server.ts`, server.text());
}

function jobFile(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  const days = rng.pick([7, 14, 30, 90, 365]);
  b.add(
    "import { schedule } from 'node-cron';",
    "import { prisma } from '../lib/prisma.js';",
    '',
    `const RETENTION_DAYS = ${days};`,
    '',
    `export async function purgeExpired${e.pluralPascal}(now = new Date()) {`,
    '  const cutoff = new Date(now.getTime() - RETENTION_DAYS * 24 * 60 * 60 * 1000);',
    `  const { count } = await prisma.${e.camel}.deleteMany({ where: { archivedAt: { lt: cutoff } } });`,
    '  return count;',
    '}',
    '',
  );
  let n = 0;
  while (b.lines < size - 4) {
    n++;
    const other = nameOf(rng.pick(ENTITY_WORDS));
    b.add(
      `export async function reconcile${other.pluralPascal}${n}(batchSize = ${rng.pick([100, 250, 500])}) {`,
      '  let cursor: string | undefined;',
      '  let processed = 0;',
      '  for (;;) {',
      `    const batch = await prisma.${e.camel}.findMany({`,
      "      where: { status: 'pending' },",
      '      take: batchSize,',
      '      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),',
      "      orderBy: { id: 'asc' },",
      '    });',
      '    if (batch.length === 0) return processed;',
      '    processed += batch.length;',
      '    cursor = batch[batch.length - 1]?.id;',
      '  }',
      '}',
      '',
    );
  }
  b.add(`schedule('${rng.int(0, 59)} ${rng.int(0, 23)} * * *', () => {`, `  void purgeExpired${e.pluralPascal}();`, '});');
  return b.text();
}

// ---------------------------------------------------------------------------------------
// TypeScript: Next.js app and shared packages

function reactComponent(rng: Rng, e: Name, component: string, size: number): string {
  const b = new Buf();
  const fields = fieldsFor(rng);
  b.add(
    "'use client';",
    '',
    "import { useMemo, useState } from 'react';",
    `import type { ${e.pascal} } from '@acme/types';`,
    '',
    `export interface ${component}Props {`,
    `  ${e.pluralCamel}: ${e.pascal}[];`,
    `  onSelect?: (${e.camel}: ${e.pascal}) => void;`,
    '  emptyLabel?: string;',
    '}',
    '',
    `export function ${component}({ ${e.pluralCamel}, onSelect, emptyLabel = 'Nothing here yet' }: ${component}Props) {`,
    "  const [query, setQuery] = useState('');",
    `  const [sortKey, setSortKey] = useState<'${fields[0]?.name ?? 'id'}' | 'createdAt'>('createdAt');`,
    '  const visible = useMemo(',
    '    () =>',
    `      ${e.pluralCamel}`,
    '        .filter((item) => JSON.stringify(item).toLowerCase().includes(query.toLowerCase()))',
    '        .sort((a, b) => String(b[sortKey]).localeCompare(String(a[sortKey]))),',
    `    [${e.pluralCamel}, query, sortKey],`,
    '  );',
    '',
    `  if (${e.pluralCamel}.length === 0) return <p className="text-sm text-muted">{emptyLabel}</p>;`,
    '',
    '  return (',
    `    <section aria-label="${e.words}">`,
    '      <input',
    '        type="search"',
    '        value={query}',
    '        onChange={(event) => setQuery(event.target.value)}',
    `        placeholder="Search ${e.pluralCamel}"`,
    '      />',
    `      <button type="button" onClick={() => setSortKey(sortKey === 'createdAt' ? '${fields[0]?.name ?? 'id'}' : 'createdAt')}>`,
    '        Sort',
    '      </button>',
    '      <ul>',
    '        {visible.map((item) => (',
    '          <li key={item.id} onClick={() => onSelect?.(item)}>',
  );
  let n = 0;
  while (b.lines < size - 8) {
    const f = fields[n % fields.length] ?? FIELDS[0];
    n++;
    if (!f) break;
    b.add(
      `            <span className="${rng.pick(['cell', 'muted', 'strong', 'badge'])}" data-field="${f.name}${n}">`,
      `              {String(item.${f.name} ?? '—')}`,
      '            </span>',
    );
  }
  b.add('          </li>', '        ))}', '      </ul>', '    </section>', '  );', '}');
  return b.text();
}

function nextRouteHandler(rng: Rng, e: Name, item: boolean, size: number): string {
  const b = new Buf();
  b.add(
    "import { NextResponse } from 'next/server';",
    "import { db } from '@/lib/db';",
    "import { getSession } from '@/lib/session';",
    "import { recordAudit } from '@/lib/audit';",
    '',
  );
  const sig = item
    ? `(request: Request, { params }: { params: { id: string } })`
    : '(request: Request)';
  const methods = item ? ['GET', 'PATCH', 'DELETE'] : ['GET', 'POST'];
  for (const method of methods) {
    const checksRole = method !== 'GET' && rng.chance(0.6);
    const audited = method !== 'GET' && rng.chance(0.6);
    b.add(`export async function ${method}${sig.replace('request', method === 'GET' || method === 'DELETE' ? '_request' : 'request')} {`);
    b.add('  const session = await getSession();', "  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });");
    if (checksRole) b.add(`  if (!['admin', 'owner'].includes(session.user.role)) return NextResponse.json({ error: 'forbidden' }, { status: 403 });`);
    const where = item ? `{ id: params.id, organizationId: session.user.organizationId }` : `{ organizationId: session.user.organizationId }`;
    if (method === 'GET') {
      b.add(item ? `  const ${e.camel} = await db.${e.camel}.findFirst({ where: ${where} });` : `  const ${e.camel} = await db.${e.camel}.findMany({ where: ${where}, take: 50 });`);
    } else if (method === 'POST') {
      b.add('  const body = await request.json();', `  const ${e.camel} = await db.${e.camel}.create({ data: { ...body, organizationId: session.user.organizationId } });`);
    } else if (method === 'PATCH') {
      b.add('  const body = await request.json();', `  const ${e.camel} = await db.${e.camel}.update({ where: ${rng.chance(0.7) ? where : '{ id: params.id }'}, data: body });`);
    } else {
      b.add(`  const ${e.camel} = await db.${e.camel}.delete({ where: ${rng.chance(0.7) ? where : '{ id: params.id }'} });`);
    }
    if (audited) b.add(`  await recordAudit(session.user, '${e.camel}.${method.toLowerCase()}', ${e.camel});`);
    b.add(`  return NextResponse.json(${e.camel});`, '}', '');
  }
  let n = 0;
  while (b.lines < size - 2) {
    n++;
    if (rng.chance(0.5)) {
      b.add(
        `function serialize${e.pascal}${n}(${e.camel}: Record<string, unknown>) {`,
        `  const { organizationId: _org, ...rest } = ${e.camel};`,
        `  return { ...rest, kind: '${e.snake}', version: ${n} };`,
        '}',
        '',
        `export const ${e.camel}Serializers${n} = [serialize${e.pascal}${n}];`,
        '',
      );
    } else {
      const f = rng.pick(FIELDS);
      b.add(
        `export function parse${e.pascal}${cap(f.name)}Param${n}(url: string): string | undefined {`,
        `  const value = new URL(url).searchParams.get('${f.name}');`,
        `  if (value === null || value.length > ${rng.pick([64, 120, 255])}) return undefined;`,
        '  return value.trim();',
        '}',
        '',
      );
    }
  }
  return b.text();
}

function serverActions(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add(
    "'use server';",
    '',
    "import { revalidatePath } from 'next/cache';",
    "import { db } from '@/lib/db';",
    "import { getSession } from '@/lib/session';",
    '',
  );
  const verbs = rng.sample(ACTION_VERBS, ACTION_VERBS.length);
  let n = 0;
  while (b.lines < size - 2) {
    const verb = verbs[n % verbs.length] ?? 'sync';
    const tag = n >= verbs.length ? String(n) : '';
    n++;
    const past = PAST[verb] ?? `${verb}ed`;
    b.add(
      `export async function ${verb}${e.pascal}Action${tag}(id: string) {`,
      '  const session = await getSession();',
      "  if (!session) throw new Error('Not signed in');",
    );
    if (rng.chance(0.6)) b.add(`  if (session.user.role === 'viewer') throw new Error('Not allowed to ${verb} ${e.words}');`);
    b.add(
      `  await db.${e.camel}.update({ where: { id${rng.chance(0.7) ? ', organizationId: session.user.organizationId' : ''} }, data: { status: '${past}' } });`,
      `  revalidatePath('/${e.pluralKebab}');`,
      '}',
      '',
    );
  }
  return b.text();
}

function nextPage(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  const component = `${e.pascal}${rng.pick(COMPONENT_SUFFIXES)}`;
  b.add(
    "import { redirect } from 'next/navigation';",
    "import { db } from '@/lib/db';",
    "import { getSession } from '@/lib/session';",
    '',
    `export const metadata = { title: '${cap(e.words)}' };`,
    '',
    `export default async function ${e.pluralPascal}Page() {`,
    '  const session = await getSession();',
    "  if (!session) redirect('/login');",
    `  const ${e.pluralCamel} = await db.${e.camel}.findMany({`,
    '    where: { organizationId: session.user.organizationId },',
    "    orderBy: { updatedAt: 'desc' },",
    '  });',
    '',
    '  return (',
    '    <main>',
    `      <h1>${cap(e.words)}</h1>`,
    `      <p>{${e.pluralCamel}.length} ${e.words} in your workspace.</p>`,
  );
  let n = 0;
  while (b.lines < size - 6) {
    n++;
    b.add(
      `      <section data-block="${component}-${n}">`,
      `        <h2>${rng.pick(['Recent', 'Pinned', 'Overdue', 'Shared with you', 'Drafts'])} ${e.words}</h2>`,
      `        {${e.pluralCamel}.slice(${n - 1}, ${n + 4}).map((item) => (`,
      `          <a key={item.id} href={\`/${e.pluralKebab}/\${item.id}\`}>{item.id}</a>`,
      '        ))}',
      '      </section>',
    );
  }
  b.add('    </main>', '  );', '}');
  return b.text();
}

function nextApp(w: Writer, rng: Rng, root: string, budget: number) {
  const start = w.lines;
  const entities = rng.sample(ENTITY_WORDS, Math.max(4, Math.min(24, Math.round(budget / 1500)))).map(nameOf);
  const ctx: Ctx = { rng, entities };
  w.write(`${root}/package.json`, packageJson(`@acme/${root.split('/').pop() ?? 'web'}`, { next: '14.2.4', react: '^18.3.1', 'react-dom': '^18.3.1', '@sentry/nextjs': '^8.9.2' }, { dev: 'next dev', build: 'next build', lint: 'next lint', test: 'jest' }));
  w.write(`${root}/tsconfig.json`, TSCONFIG);
  w.write(`${root}/next.config.mjs`, "/** @type {import('next').NextConfig} */\nconst nextConfig = { reactStrictMode: true };\n\nexport default nextConfig;\n");
  w.write(`${root}/app/layout.tsx`, "import type { ReactNode } from 'react';\n\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang=\"en\">\n      <body>{children}</body>\n    </html>\n  );\n}\n");
  w.write(`${root}/lib/db.ts`, "import { PrismaClient } from '@prisma/client';\n\nexport const db = new PrismaClient();\n");
  w.write(
    `${root}/lib/session.ts`,
    "import { cookies } from 'next/headers';\nimport { db } from './db';\n\nexport async function getSession() {\n  const token = cookies().get('session')?.value;\n  if (!token) return null;\n  return db.session.findFirst({ where: { token, expiresAt: { gt: new Date() } }, include: { user: true } });\n}\n",
  );
  w.write(
    `${root}/lib/audit.ts`,
    "import { db } from './db';\n\nexport async function recordAudit(actor: { id: string; organizationId: string }, action: string, target: { id: string }) {\n  await db.auditLog.create({ data: { organizationId: actor.organizationId, actorId: actor.id, action, targetType: action.split('.')[0] ?? 'unknown', targetId: target.id } });\n}\n",
  );
  // Every web app gets at least an item route handler, a server action file and a component.
  const opening = ['item', 'actions', 'component'] as const;
  let written = 0;
  fill(w, budget - (w.lines - start), 0, (size) => {
    const kind = opening[written++] ?? rng.weighted({ component: 5, page: 3, route: 3, item: 3, actions: 2, hook: 1, util: 1, test: 1 } as const);
    const e = rng.pick(entities);
    if (kind === 'component') {
      const component = `${e.pascal}${rng.pick(COMPONENT_SUFFIXES)}`;
      const path = w.unique(`${root}/components/${e.kebab}/${component}`, '.tsx', ['Compact', 'Inline', 'Mobile', 'Legacy'], rng);
      w.write(path, reactComponent(rng, e, path.slice(path.lastIndexOf('/') + 1, -4), size));
    } else if (kind === 'page') {
      w.write(w.uniqueDir(`${root}/app/(dashboard)/${e.pluralKebab}`, 'page.tsx', ['archive', 'shared', 'drafts'], rng), nextPage(rng, e, size));
    } else if (kind === 'route') {
      w.write(w.uniqueDir(`${root}/app/api/${e.pluralKebab}`, 'route.ts', ['export', 'search', 'bulk'], rng), nextRouteHandler(rng, e, false, size));
    } else if (kind === 'item') {
      w.write(w.uniqueDir(`${root}/app/api/${e.pluralKebab}/[id]`, 'route.ts', ['status', 'owner', 'sharing'], rng), nextRouteHandler(rng, e, true, size));
    } else if (kind === 'actions') {
      w.write(w.uniqueDir(`${root}/app/(dashboard)/${e.pluralKebab}`, 'actions.ts', ['bulk', 'status', 'owner'], rng), serverActions(rng, e, size));
    } else if (kind === 'hook') {
      w.write(w.unique(`${root}/hooks/use${e.pluralPascal}`, '.ts', ['query', 'mutation', 'cache'], rng), hookFile(rng, e, size));
    } else if (kind === 'util') {
      const topic = rng.pick(UTIL_TOPICS);
      w.write(w.unique(`${root}/lib/${topic}`, '.ts', ['client', 'format', 'server'], rng), utilFile(rng, topic, size));
    } else {
      w.write(w.unique(`${root}/test/${e.camel}`, '.test.ts', ['actions', 'routes', 'rules'], rng), tsTestFile(ctx, e, size, 'jest'));
    }
  });
}

function hookFile(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add(
    "import { useCallback, useEffect, useState } from 'react';",
    '',
    `export function use${e.pluralPascal}(organizationId: string) {`,
    `  const [data, setData] = useState<Array<{ id: string }>>([]);`,
    '  const [error, setError] = useState<Error | null>(null);',
    '  const [loading, setLoading] = useState(true);',
    '',
    '  const load = useCallback(async () => {',
    '    setLoading(true);',
    '    try {',
    `      const res = await fetch(\`/api/${e.pluralKebab}?org=\${organizationId}\`);`,
    '      if (!res.ok) throw new Error(`HTTP ${res.status}`);',
    '      setData(await res.json());',
    '    } catch (err) {',
    '      setError(err as Error);',
    '    } finally {',
    '      setLoading(false);',
    '    }',
    '  }, [organizationId]);',
    '',
    '  useEffect(() => {',
    '    void load();',
    '  }, [load]);',
    '',
    '  return { data, error, loading, reload: load };',
    '}',
    '',
  );
  let n = 0;
  while (b.lines < size - 2) {
    n++;
    const verb = rng.pick(ACTION_VERBS);
    b.add(
      `export function use${cap(verb)}${e.pascal}${n}() {`,
      '  const [pending, setPending] = useState(false);',
      '  const run = useCallback(async (id: string) => {',
      '    setPending(true);',
      '    try {',
      `      await fetch(\`/api/${e.pluralKebab}/\${id}/${verb}\`, { method: 'POST' });`,
      '    } finally {',
      '      setPending(false);',
      '    }',
      '  }, []);',
      '  return { run, pending };',
      '}',
      '',
    );
  }
  return b.text();
}

function sharedPackage(w: Writer, rng: Rng, root: string, budget: number) {
  const start = w.lines;
  const entities = rng.sample(ENTITY_WORDS, Math.max(4, Math.min(20, Math.round(budget / 2000)))).map(nameOf);
  const ctx: Ctx = { rng, entities };
  const name = root.split('/').pop() ?? 'shared';
  w.write(`${root}/package.json`, packageJson(`@acme/${name}`, { react: '^18.3.1' }, { build: 'tsup src/index.ts', test: 'vitest run', lint: 'eslint src' }));
  w.write(`${root}/tsconfig.json`, TSCONFIG);
  const exports: string[] = [];
  fill(w, budget - (w.lines - start), 2 + Math.round(budget / 400), (size) => {
    const kind = rng.weighted({ component: 4, util: 3, types: 3, client: 2, test: 1 } as const);
    const e = rng.pick(entities);
    let path: string;
    if (kind === 'component') {
      const component = `${e.pascal}${rng.pick(COMPONENT_SUFFIXES)}`;
      path = w.unique(`${root}/src/components/${component}`, '.tsx', ['Compact', 'Inline', 'Skeleton'], rng);
      w.write(path, reactComponent(rng, e, path.slice(path.lastIndexOf('/') + 1, -4), size));
    } else if (kind === 'util') {
      const topic = rng.pick(UTIL_TOPICS);
      path = w.unique(`${root}/src/${topic}`, '.ts', ['helpers', 'format', 'parse'], rng);
      w.write(path, utilFile(rng, topic, size));
    } else if (kind === 'types') {
      path = w.unique(`${root}/src/types/${e.camel}`, '.ts', ['events', 'filters', 'dto'], rng);
      w.write(path, tsTypesFile(ctx, e, size));
    } else if (kind === 'client') {
      path = w.unique(`${root}/src/clients/${e.camel}Client`, '.ts', ['v2', 'admin', 'public'], rng);
      w.write(path, apiClientFile(rng, e, size));
    } else {
      w.write(w.unique(`${root}/test/${e.camel}`, '.test.ts', ['format', 'types', 'client'], rng), tsTestFile(ctx, e, size, 'vitest'));
      return;
    }
    exports.push(path.slice(root.length + '/src/'.length).replace(/\.tsx?$/, '.js'));
  });
  w.write(`${root}/src/index.ts`, exports.length === 0 ? 'export {};\n' : `${exports.map((p) => `export * from './${p}';`).join('\n')}\n`);
}

function apiClientFile(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add(
    `export class ${e.pascal}Client {`,
    '  constructor(',
    '    private readonly baseUrl: string,',
    '    private readonly token: string,',
    '  ) {}',
    '',
    '  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {',
    '    const res = await fetch(`${this.baseUrl}${path}`, {',
    '      ...init,',
    "      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...init.headers },",
    '    });',
    `    if (!res.ok) throw new Error(\`${e.words} request failed: \${res.status}\`);`,
    '    return (await res.json()) as T;',
    '  }',
    '',
    `  list(params: Record<string, string> = {}) {`,
    `    return this.request<{ items: unknown[] }>(\`/${e.pluralKebab}?\${new URLSearchParams(params)}\`);`,
    '  }',
  );
  const verbs = rng.sample(ACTION_VERBS, ACTION_VERBS.length);
  let n = 0;
  while (b.lines < size - 2) {
    const verb = verbs[n % verbs.length] ?? 'sync';
    const tag = n >= verbs.length ? String(n) : '';
    n++;
    b.add(
      '',
      `  ${verb}${tag}(id: string, body: Record<string, unknown> = {}) {`,
      `    return this.request<unknown>(\`/${e.pluralKebab}/\${id}/${verb}\`, { method: 'POST', body: JSON.stringify(body) });`,
      '  }',
    );
  }
  b.add('}');
  return b.text();
}

// ---------------------------------------------------------------------------------------
// Python: FastAPI and Django

function fastapiRouter(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add(
    'from fastapi import APIRouter, Depends, HTTPException',
    'from sqlalchemy import select',
    'from sqlalchemy.orm import Session',
    '',
    'from ..audit import record_audit',
    'from ..auth import get_current_user, require_role',
    'from ..db import get_db',
    `from ..models.${e.snake} import ${e.pascal}`,
    'from ..models.user import User',
    `from ..schemas.${e.snake} import ${e.pascal}Create, ${e.pascal}Out, ${e.pascal}Update`,
    '',
    `router = APIRouter(prefix="/${e.pluralKebab}", tags=["${e.pluralSnake}"])`,
    '',
    '',
    `def _get_${e.snake}(db: Session, user: User, item_id: str) -> ${e.pascal}:`,
    `    item = db.scalar(select(${e.pascal}).where(${e.pascal}.id == item_id, ${e.pascal}.organization_id == user.organization_id))`,
    '    if item is None:',
    `        raise HTTPException(status_code=404, detail="${e.words} not found")`,
    '    return item',
    '',
    '',
    `@router.get("", response_model=list[${e.pascal}Out])`,
    `def list_${e.pluralSnake}(user: User = Depends(get_current_user), db: Session = Depends(get_db)):`,
    `    return db.scalars(select(${e.pascal}).where(${e.pascal}.organization_id == user.organization_id).limit(100)).all()`,
    '',
    '',
    `@router.post("", response_model=${e.pascal}Out, status_code=201)`,
    `def create_${e.snake}(body: ${e.pascal}Create, user: User = Depends(get_current_user), db: Session = Depends(get_db)):`,
    `    item = ${e.pascal}(**body.model_dump(), organization_id=user.organization_id, created_by_id=user.id)`,
    '    db.add(item)',
    '    db.commit()',
    '    return item',
    '',
    '',
    `@router.patch("/{item_id}", response_model=${e.pascal}Out)`,
    `def update_${e.snake}(item_id: str, body: ${e.pascal}Update, user: User = Depends(get_current_user), db: Session = Depends(get_db)):`,
    `    item = _get_${e.snake}(db, user, item_id)`,
    '    for key, value in body.model_dump(exclude_unset=True).items():',
    '        setattr(item, key, value)',
    '    db.commit()',
    '    return item',
    '',
  );
  const verbs = rng.sample(ACTION_VERBS, ACTION_VERBS.length);
  let n = 0;
  while (b.lines < size - 2) {
    const verb = verbs[n % verbs.length] ?? 'sync';
    const tag = n >= verbs.length ? `_${n}` : '';
    n++;
    const past = PAST[verb] ?? `${verb}ed`;
    const dep = rng.chance(0.5) ? `require_role("${rng.pick(ROLES)}")` : 'get_current_user';
    const scoped = rng.chance(0.75);
    b.add(
      '',
      `@router.${n === 1 ? 'delete' : 'post'}("/{item_id}${n === 1 ? '' : `/${verb}${tag.replace('_', '-')}`}"${n === 1 ? ', status_code=204' : `, response_model=${e.pascal}Out`})`,
      `def ${n === 1 ? 'delete' : verb}_${e.snake}${n === 1 ? '' : tag}(item_id: str, user: User = Depends(${dep}), db: Session = Depends(get_db)):`,
      scoped ? `    item = _get_${e.snake}(db, user, item_id)` : `    item = db.get(${e.pascal}, item_id)`,
    );
    if (!scoped) b.add('    if item is None:', '        raise HTTPException(status_code=404)');
    if (n === 1) b.add('    db.delete(item)');
    else b.add(`    item.status = "${past}"`);
    if (rng.chance(0.6)) b.add(`    record_audit(db, user, "${e.snake}.${n === 1 ? 'deleted' : past}", item.id)`);
    b.add('    db.commit()', n === 1 ? '    return None' : '    return item', '');
  }
  return b.text();
}

function sqlType(f: Field): string {
  if (f.py.startsWith('int')) return 'Integer';
  if (f.py.startsWith('bool')) return 'Boolean';
  if (f.py.startsWith('datetime')) return 'DateTime';
  return 'String';
}

function sqlalchemyModel(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add(
    'from datetime import datetime',
    '',
    'from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, func',
    'from sqlalchemy.orm import Mapped, mapped_column',
    '',
    'from .base import Base',
    '',
    '',
    `class ${e.pascal}(Base):`,
    `    __tablename__ = "${e.pluralSnake}"`,
    '',
    '    id: Mapped[str] = mapped_column(String(32), primary_key=True)',
    '    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)',
    '    status: Mapped[str] = mapped_column(String(20), default="draft")',
  );
  for (const f of fieldsFor(rng)) {
    b.add(`    ${snake(f.name)}: Mapped[${f.py}] = mapped_column(${sqlType(f)}${f.py.endsWith('None') ? ', nullable=True' : ''})`);
  }
  b.add(
    '    created_by_id: Mapped[str] = mapped_column(ForeignKey("users.id"))',
    '    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())',
    '',
  );
  let n = 0;
  while (b.lines < size - 2) {
    n++;
    const verb = rng.pick(ACTION_VERBS);
    const past = PAST[verb] ?? `${verb}ed`;
    b.add(
      '',
      `    def can_${verb}_${n}(self, role: str) -> bool:`,
      `        if self.status == "${past}":`,
      '            return False',
      `        return role in (${rng.sample(ROLES, 2).map((r) => `"${r}"`).join(', ')})`,
    );
  }
  return b.text();
}

function pydanticSchemas(rng: Rng, e: Name): string {
  const fields = fieldsFor(rng);
  return [
    'from datetime import datetime',
    '',
    'from pydantic import BaseModel, ConfigDict',
    '',
    '',
    `class ${e.pascal}Create(BaseModel):`,
    ...fields.map((f) => `    ${snake(f.name)}: ${f.py}`),
    '',
    '',
    `class ${e.pascal}Update(BaseModel):`,
    ...fields.map((f) => `    ${snake(f.name)}: ${f.py.endsWith('None') ? f.py : `${f.py} | None`} = None`),
    '',
    '',
    `class ${e.pascal}Out(${e.pascal}Create):`,
    '    model_config = ConfigDict(from_attributes=True)',
    '',
    '    id: str',
    '    status: str',
    '    created_at: datetime',
    '',
  ].join('\n');
}

function pyTestFile(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add('import pytest', '', '', '@pytest.fixture', `def ${e.snake}_payload():`, `    return {"title": "${cap(e.words)} for tests", "priority": ${rng.int(0, 4)}}`, '');
  let n = 0;
  while (b.lines < size - 2) {
    n++;
    const verb = rng.pick(ACTION_VERBS);
    b.add(
      '',
      `def test_${verb}_${e.snake}_${n}(client, admin_headers, ${e.snake}_payload):`,
      `    created = client.post("/${e.pluralKebab}", json=${e.snake}_payload, headers=admin_headers)`,
      '    assert created.status_code == 201',
      `    res = client.post(f"/${e.pluralKebab}/{created.json()['id']}/${verb}", headers=admin_headers)`,
      `    assert res.status_code in (${rng.pick(['200, 404', '200, 403', '200,'])})`,
    );
  }
  return b.text();
}

function fastapiService(w: Writer, rng: Rng, root: string, budget: number) {
  const start = w.lines;
  const entities = rng.sample(ENTITY_WORDS, Math.max(3, Math.min(16, Math.round(budget / 1200)))).map(nameOf);
  w.write(`${root}/requirements.txt`, 'fastapi==0.111.0\nuvicorn[standard]==0.30.1\nSQLAlchemy==2.0.31\npydantic==2.7.4\nsentry-sdk[fastapi]==2.6.0\npytest==8.2.2\n');
  w.write(`${root}/app/__init__.py`, '');
  w.write(`${root}/app/routers/__init__.py`, '');
  w.write(`${root}/app/models/__init__.py`, '');
  w.write(`${root}/app/schemas/__init__.py`, '');
  w.write(`${root}/app/models/base.py`, 'from sqlalchemy.orm import DeclarativeBase\n\n\nclass Base(DeclarativeBase):\n    pass\n');
  w.write(
    `${root}/app/models/user.py`,
    'from sqlalchemy import String\nfrom sqlalchemy.orm import Mapped, mapped_column\n\nfrom .base import Base\n\n\nclass User(Base):\n    __tablename__ = "users"\n\n    id: Mapped[str] = mapped_column(String(32), primary_key=True)\n    organization_id: Mapped[str] = mapped_column(String(32))\n    role: Mapped[str] = mapped_column(String(20))\n',
  );
  w.write(
    `${root}/app/db.py`,
    'import os\n\nfrom sqlalchemy import create_engine\nfrom sqlalchemy.orm import sessionmaker\n\nengine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)\nSessionLocal = sessionmaker(bind=engine)\n\n\ndef get_db():\n    with SessionLocal() as db:\n        yield db\n',
  );
  w.write(
    `${root}/app/auth.py`,
    [
      'from fastapi import Depends, Header, HTTPException',
      'from sqlalchemy.orm import Session',
      '',
      'from .db import get_db',
      'from .models.user import User',
      '',
      '',
      'def get_current_user(authorization: str = Header(default=""), db: Session = Depends(get_db)) -> User:',
      '    token = authorization.removeprefix("Bearer ").strip()',
      '    user = db.query(User).filter(User.id == token).one_or_none() if token else None',
      '    if user is None:',
      '        raise HTTPException(status_code=401, detail="unauthenticated")',
      '    return user',
      '',
      '',
      'def require_role(*roles: str):',
      '    def checker(user: User = Depends(get_current_user)) -> User:',
      '        if user.role not in roles and user.role != "owner":',
      '            raise HTTPException(status_code=403, detail="forbidden")',
      '        return user',
      '',
      '    return checker',
      '',
    ].join('\n'),
  );
  w.write(
    `${root}/app/audit.py`,
    'from sqlalchemy import text\nfrom sqlalchemy.orm import Session\n\n\ndef record_audit(db: Session, user, action: str, target_id: str) -> None:\n    db.execute(\n        text("INSERT INTO audit_logs (organization_id, actor_id, action, target_id) VALUES (:o, :a, :c, :t)"),\n        {"o": user.organization_id, "a": user.id, "c": action, "t": target_id},\n    )\n',
  );
  const routers: Name[] = [];
  fill(w, budget - (w.lines - start), 20 + entities.length * 2, (size) => {
    const kind = routers.length === 0 ? 'router' : rng.weighted({ router: 4, model: 2, rules: 2, test: 2 } as const);
    const e = rng.pick(entities);
    if (kind === 'router') {
      const path = w.unique(`${root}/app/routers/${e.pluralSnake}`, '.py', ['_admin', '_bulk', '_v2'], rng);
      if (path === `${root}/app/routers/${e.pluralSnake}.py`) routers.push(e);
      w.write(path, fastapiRouter(rng, e, size));
    } else if (kind === 'model' && !w.has(`${root}/app/models/${e.snake}.py`)) {
      // Models stay small; the rest of `size` goes to later files.
      w.write(`${root}/app/models/${e.snake}.py`, sqlalchemyModel(rng, e, Math.min(size, 90)));
      w.write(`${root}/app/schemas/${e.snake}.py`, pydanticSchemas(rng, e));
    } else if (kind === 'model' || kind === 'rules') {
      w.write(w.unique(`${root}/app/services/${e.snake}_rules`, '.py', ['_v2', '_extra', '_legacy'], rng), pyRulesFile(rng, e, size));
    } else {
      w.write(w.unique(`${root}/tests/test_${e.pluralSnake}`, '.py', ['_admin', '_roles', '_status'], rng), pyTestFile(rng, e, size));
    }
  });
  // Routers import their model and schema modules: make sure they exist.
  for (const e of routers) {
    if (!w.has(`${root}/app/models/${e.snake}.py`)) w.write(`${root}/app/models/${e.snake}.py`, sqlalchemyModel(rng, e, 20));
    if (!w.has(`${root}/app/schemas/${e.snake}.py`)) w.write(`${root}/app/schemas/${e.snake}.py`, pydanticSchemas(rng, e));
  }
  w.write(
    `${root}/app/main.py`,
    [
      'import os',
      '',
      'import sentry_sdk',
      'from fastapi import FastAPI',
      '',
      ...(routers.length > 0 ? [`from .routers import ${routers.map((e) => e.pluralSnake).join(', ')}`, ''] : []),
      'sentry_sdk.init(dsn=os.environ.get("SENTRY_DSN"), traces_sample_rate=0.1)',
      '',
      'app = FastAPI()',
      ...routers.map((e) => `app.include_router(${e.pluralSnake}.router)`),
      '',
      '',
      '@app.get("/health")',
      'def health():',
      '    return {"status": "ok"}',
      '',
    ].join('\n'),
  );
}

function pyRulesFile(rng: Rng, e: Name, size: number): string {
  const b = new Buf();
  b.add('from datetime import datetime, timedelta, timezone', '', '');
  let n = 0;
  while (b.lines < size - 2) {
    n++;
    const days = rng.pick([1, 3, 7, 14, 30]);
    b.add(
      `def is_${e.snake}_stale_${n}(updated_at: datetime, status: str) -> bool:`,
      `    if status in (${rng.sample(STATUSES, 2).map((s) => `"${s}"`).join(', ')}):`,
      '        return False',
      `    return datetime.now(timezone.utc) - updated_at > timedelta(days=${days})`,
      '',
      '',
    );
  }
  return b.text();
}

function djangoViews(rng: Rng, entities: Name[], size: number): string {
  const b = new Buf();
  b.add(
    'from rest_framework import permissions, viewsets',
    'from rest_framework.decorators import action',
    'from rest_framework.response import Response',
    '',
    'from .models import AuditEvent, ' + entities.map((e) => e.pascal).join(', '),
    'from .permissions import IsOrganizationAdmin',
    'from .serializers import ' + entities.map((e) => `${e.pascal}Serializer`).join(', '),
    '',
  );
  let n = 0;
  while (b.lines < size - 2) {
    const e = entities[n % entities.length];
    if (!e) break;
    const tag = n >= entities.length ? String(n) : '';
    n++;
    const perms = rng.pick(['[permissions.IsAuthenticated]', '[permissions.IsAuthenticated, IsOrganizationAdmin]', '[IsOrganizationAdmin]']);
    b.add(
      '',
      `class ${e.pascal}${tag}ViewSet(viewsets.ModelViewSet):`,
      `    serializer_class = ${e.pascal}Serializer`,
      `    permission_classes = ${perms}`,
      '',
      '    def get_queryset(self):',
      `        return ${e.pascal}.objects.filter(organization=self.request.user.organization)`,
      '',
      '    def perform_destroy(self, instance):',
    );
    if (rng.chance(0.6)) b.add(`        AuditEvent.record(self.request.user, "${e.snake}.deleted", instance)`);
    b.add('        instance.delete()');
    for (const verb of rng.sample(ACTION_VERBS, rng.int(1, 3))) {
      b.add(
        '',
        '    @action(detail=True, methods=["post"])',
        `    def ${verb}(self, request, pk=None):`,
        `        ${e.snake} = self.get_object()`,
        `        ${e.snake}.status = "${PAST[verb] ?? verb}"`,
        `        ${e.snake}.save(update_fields=["status"])`,
        `        return Response(self.get_serializer(${e.snake}).data)`,
      );
    }
    b.add('');
  }
  return b.text();
}

function djangoModels(rng: Rng, entities: Name[]): string {
  const b = new Buf();
  b.add('from django.conf import settings', 'from django.db import models', '', '');
  b.add(
    'class AuditEvent(models.Model):',
    '    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)',
    '    action = models.CharField(max_length=100)',
    '    target_id = models.CharField(max_length=64)',
    '    created_at = models.DateTimeField(auto_now_add=True)',
    '',
    '    @classmethod',
    '    def record(cls, actor, action, target):',
    '        return cls.objects.create(actor=actor, action=action, target_id=str(target.pk))',
    '',
  );
  for (const e of entities) {
    b.add('', `class ${e.pascal}(models.Model):`, '    organization = models.ForeignKey("accounts.Organization", on_delete=models.CASCADE)', '    status = models.CharField(max_length=20, default="draft")');
    for (const f of fieldsFor(rng)) {
      const field = f.py.startsWith('int')
        ? 'models.IntegerField(default=0)'
        : f.py.startsWith('bool')
          ? 'models.BooleanField(default=False)'
          : f.py.startsWith('datetime')
            ? `models.DateTimeField(${f.py.endsWith('None') ? 'null=True, blank=True' : ''})`
            : `models.CharField(max_length=255${f.py.endsWith('None') ? ', blank=True' : ''})`;
      b.add(`    ${snake(f.name)} = ${field}`);
    }
    b.add('    created_at = models.DateTimeField(auto_now_add=True)', '', '    class Meta:', `        ordering = ["-created_at"]`, '');
  }
  return b.text();
}

function djangoService(w: Writer, rng: Rng, root: string, budget: number) {
  const start = w.lines;
  const project = root.split('/').pop()?.replace(/-/g, '_') ?? 'backend';
  w.write(`${root}/requirements.txt`, 'Django==5.0.6\ndjangorestframework==3.15.2\npsycopg[binary]==3.1.19\nsentry-sdk==2.6.0\npytest-django==4.8.0\n');
  w.write(`${root}/manage.py`, `#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "${project}.settings")\n    from django.core.management import execute_from_command_line\n\n    execute_from_command_line(sys.argv)\n`);
  w.write(`${root}/${project}/__init__.py`, '');
  w.write(
    `${root}/${project}/settings.py`,
    `import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\nALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "").split(",")\nROOT_URLCONF = "${project}.urls"\nINSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "rest_framework"]\nREST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}\n`,
  );
  const apps: string[] = [];
  fill(w, budget - (w.lines - start), 10, (size) => {
    const domain = rng.pick(DOMAINS);
    let app: string = domain;
    for (let n = 2; apps.includes(app); n++) app = `${domain}_${rng.pick(['core', 'api', 'sync', 'admin'])}${n > 4 ? n : ''}`;
    apps.push(app);
    const label = `${root}/${app}`;
    const entities = rng.sample(ENTITY_WORDS, rng.int(2, 5)).map(nameOf);
    const at = w.lines;
    w.write(`${label}/__init__.py`, '');
    w.write(`${label}/models.py`, djangoModels(rng, entities));
    w.write(`${label}/serializers.py`, ['from rest_framework import serializers', '', 'from .models import ' + entities.map((e) => e.pascal).join(', '), '', ...entities.flatMap((e) => ['', `class ${e.pascal}Serializer(serializers.ModelSerializer):`, '    class Meta:', `        model = ${e.pascal}`, '        fields = "__all__"', `        read_only_fields = ["organization", "created_at"]`, '']), ''].join('\n'));
    w.write(`${label}/permissions.py`, 'from rest_framework.permissions import BasePermission\n\n\nclass IsOrganizationAdmin(BasePermission):\n    def has_permission(self, request, view):\n        return bool(request.user and request.user.is_authenticated and request.user.role in ("admin", "owner"))\n');
    w.write(`${label}/urls.py`, ['from rest_framework.routers import DefaultRouter', '', 'from . import views', '', 'router = DefaultRouter()', ...entities.map((e) => `router.register("${e.pluralKebab}", views.${e.pascal}ViewSet, basename="${e.snake}")`), 'urlpatterns = router.urls', ''].join('\n'));
    w.write(`${label}/views.py`, djangoViews(rng, entities, Math.max(20, size - (w.lines - at))));
  });
  w.write(`${root}/${project}/urls.py`, ['from django.urls import include, path', '', 'urlpatterns = [', ...apps.map((a) => `    path("api/${a.replace(/_/g, '-')}/", include("${a}.urls")),`), ']', ''].join('\n'));
}

// ---------------------------------------------------------------------------------------
// Docs, configs and the things a scanner must skip

const DOC_SENTENCES = [
  'The {e} service owns every write to {es}; other services read through its API.',
  'Deploys go out from main after CI passes; a failed migration blocks the rollout.',
  'Support engineers can look up a {e} by id in the admin console.',
  'Each {e} belongs to exactly one organization, and queries filter on organization_id.',
  'We keep the last 90 days of {e} events in the warehouse for reporting.',
  'Feature flags gate new {e} flows until the pilot customers sign off.',
  'Background jobs retry with exponential backoff and give up after five attempts.',
  'Webhooks for {es} are signed; consumers must verify the signature header.',
  'Breaking API changes get a new version prefix and a deprecation window of one quarter.',
  'The {e} list endpoint paginates with an opaque cursor, 50 items per page by default.',
];

function markdownDoc(rng: Rng, title: string, size: number): string {
  const b = new Buf();
  b.add(`# ${title}`, '');
  while (b.lines < size - 2) {
    const e = nameOf(rng.pick(ENTITY_WORDS));
    b.add(`## ${cap(e.words)} ${rng.pick(['overview', 'lifecycle', 'permissions', 'data model', 'operations', 'FAQ'])}`, '');
    const sentences = rng.int(2, 5);
    for (let i = 0; i < sentences; i++) {
      b.add(rng.pick(DOC_SENTENCES).replace('{es}', e.pluralCamel).replace('{e}', e.words));
    }
    b.add('');
    if (rng.chance(0.4)) b.add('```bash', `curl -H "authorization: Bearer $TOKEN" https://api.example.com/${e.pluralKebab}`, '```', '');
    if (rng.chance(0.3)) b.add('| field | type |', '|---|---|', ...rng.sample(FIELDS, 3).map((f) => `| ${f.name} | ${f.ts} |`), '');
  }
  return b.text();
}

function workflow(name: string, steps: string[]): string {
  return [
    `name: ${name}`,
    '',
    'on:',
    '  push:',
    '    branches: [main]',
    '  pull_request:',
    '',
    'jobs:',
    `  ${name.toLowerCase().replace(/[^a-z]+/g, '-')}:`,
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    ...steps.map((s) => `      - run: ${s}`),
    '',
  ].join('\n');
}

function minifiedBundle(rng: Rng, statements: number): string {
  const parts: string[] = ['"use strict";var e=require("express"),t=e.Router();'];
  for (let i = 0; i < statements; i++) {
    const r = nameOf(rng.pick(ENTITY_WORDS));
    parts.push(`t.${rng.pick(['get', 'post', 'delete'])}("/${r.pluralKebab}/:id",function(n,o){return o.json({id:n.params.id,k:${i}})});`);
  }
  parts.push('module.exports=t;');
  return `${parts.join('')}\n`;
}

function writeSkippedThings(w: Writer, rng: Rng) {
  w.write(MARKER_FILE, 'generated by bench/generate.ts — safe to delete\n', false);
  const modules = ['express', 'left-pad', '@acme/legacy-sdk'];
  for (const mod of modules) {
    w.write(`node_modules/${mod}/package.json`, jsonFile({ name: mod, version: '1.0.0', main: 'index.js' }), false);
    w.write(
      `node_modules/${mod}/index.js`,
      "const router = require('express').Router();\nrouter.delete('/users/:id', (req, res) => res.end());\nmodule.exports = router;\n",
      false,
    );
  }
  w.write('dist/app.min.js', minifiedBundle(rng, 400), false);
}

// ---------------------------------------------------------------------------------------
// The repository

function prepare(dir: string) {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER_FILE))) {
      throw new Error(`refusing to write into ${dir}: it is not empty and was not made by bench/generate.ts`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
}

/**
 * Writes a synthetic monorepo of about `targetLines` counted lines (within ±2% for
 * targets of a few thousand lines and up) into `dir`, which must be empty, missing, or a
 * previous output of this function. Returns the counted files and lines.
 */
export function generateRepo(dir: string, targetLines: number, seed = 1, pythonShare = PYTHON_SHARE): { files: number; lines: number } {
  if (!Number.isInteger(targetLines) || targetLines < 1) throw new Error(`targetLines must be a positive integer, got ${targetLines}`);
  const root = resolve(dir);
  prepare(root);
  const rng = new Rng(seed);
  const w = new Writer(root, new Rng(seed ^ 0x2545f491));

  writeSkippedThings(w, rng);
  w.write('.gitignore', 'node_modules/\ndist/\n.env\ncoverage/\n__pycache__/\n.next/\n');
  w.write('package.json', jsonFile({ name: 'acme-platform', private: true, workspaces: ['apps/*', 'packages/*'], scripts: { lint: 'turbo lint', test: 'turbo test', build: 'turbo build' }, devDependencies: { turbo: '^2.0.4', typescript: '^5.5.2' } }));
  w.write('tsconfig.base.json', jsonFile({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, jsx: 'react-jsx', skipLibCheck: true } }));
  w.write('.github/workflows/ci.yml', workflow('CI', ['npm ci', 'npm run lint', 'npm test', 'pip install -r services/requirements-dev.txt && pytest services']));
  w.write('.github/workflows/deploy.yml', workflow('Deploy', ['npm ci', 'npm run build', './scripts/deploy.sh production']));
  w.write('README.md', '# Acme platform\n\nMonorepo for the Acme B2B platform: API apps, web apps, shared packages and Python services.\n\nSee docs/ for architecture notes and runbooks.\n');

  const fixed = w.lines;
  const pyBudget = Math.round(targetLines * pythonShare);
  const docsBudget = Math.round(targetLines * DOCS_SHARE);
  const tsBudget = Math.max(0, targetLines - fixed - pyBudget - docsBudget);

  const tsKinds = ['api', 'web', 'pkg', 'api', 'pkg', 'web', 'pkg', 'api'] as const;
  const tsCount = Math.max(tsBudget >= 6000 ? 3 : 2, Math.min(48, Math.round(tsBudget / 30000)));
  const used = new Set<string>();
  const suffix: Record<string, string> = { api: '-api', web: '-web', fastapi: '-service', django: '-backend', pkg: '' };
  const workspaceName = (kind: string) => {
    let name = `${rng.pick(DOMAINS)}${suffix[kind] ?? ''}`;
    for (let attempt = 0; used.has(name); attempt++) {
      name = attempt < 20 ? `${rng.pick(DOMAINS)}${suffix[kind] ?? ''}` : `${rng.pick(DOMAINS)}-${attempt}${suffix[kind] ?? ''}`;
    }
    used.add(name);
    return name;
  };

  /** Spends `budget` lines over `count` workspaces, each with a jittered share. */
  const spread = (budget: number, count: number, make: (index: number, share: number) => void) => {
    const begin = w.lines;
    for (let i = 0; i < count; i++) {
      const left = budget - (w.lines - begin);
      const even = left / (count - i);
      const share = i === count - 1 ? left : Math.round(even * (0.75 + rng.next() * 0.5));
      if (share > 0) make(i, share);
    }
  };

  spread(tsBudget, tsCount, (i, share) => {
    const kind = tsKinds[i % tsKinds.length] ?? 'api';
    const name = workspaceName(kind);
    if (kind === 'api') expressApi(w, rng, `apps/${name}`, share);
    else if (kind === 'web') nextApp(w, rng, `apps/${name}`, share);
    else sharedPackage(w, rng, `packages/${name}`, share);
  });

  const pyCount = pyBudget === 0 ? 0 : Math.max(pyBudget >= 1500 ? 2 : 1, Math.min(16, Math.round(pyBudget / 25000)));
  spread(pyBudget, pyCount, (i, share) => {
    const kind = i % 2 === 0 ? 'fastapi' : 'django';
    const name = workspaceName(kind);
    if (kind === 'fastapi') fastapiService(w, rng, `services/${name}`, share);
    else djangoService(w, rng, `services/${name}`, share);
  });

  const docsStart = w.lines;
  const topics = ['architecture', 'onboarding', 'data-model', 'api-conventions', 'deployments', 'permissions', 'billing', 'integrations', 'observability', 'incident-response'];
  let docIndex = 0;
  for (;;) {
    const left = Math.min(docsBudget - (w.lines - docsStart), targetLines - w.lines);
    if (left < 10) break;
    const size = Math.min(left, rng.int(30, 250));
    const topic = topics[docIndex % topics.length] ?? 'notes';
    const path = docIndex < topics.length ? `docs/${topic}.md` : `docs/adr/${String(docIndex - topics.length + 1).padStart(4, '0')}-${topic}.md`;
    docIndex++;
    w.write(path, markdownDoc(rng, cap(topic.replace(/-/g, ' ')), size));
  }

  // Land exactly on the target with a generated message catalog (a real thing in SaaS repos).
  const remaining = targetLines - w.lines;
  if (remaining > 0) w.write('packages/i18n/src/messages.generated.ts', messageCatalog(rng, remaining));
  return { files: w.files, lines: w.lines };
}

/** A TypeScript file of exactly `lines` lines. */
function messageCatalog(rng: Rng, lines: number): string {
  if (lines === 1) return 'export const messages: Record<string, string> = {};\n';
  if (lines === 2) return '// Generated from the translation service. Do not edit.\nexport const messages: Record<string, string> = {};\n';
  const out = ['// Generated from the translation service. Do not edit.', 'export const messages: Record<string, string> = {'];
  for (let i = 0; i < lines - 3; i++) {
    const e = nameOf(rng.pick(ENTITY_WORDS));
    const verb = rng.pick(ACTION_VERBS);
    out.push(`  '${e.kebab}.${verb}.${i}': '${cap(verb)} ${e.words}',`);
  }
  out.push('};');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------
// CLI

function main(argv: string[]) {
  const [dir, lines, seed] = argv;
  if (!dir || !lines || Number.isNaN(Number(lines))) {
    console.error('usage: npx tsx bench/generate.ts <dir> <lines> [seed]');
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const result = generateRepo(dir, Number(lines), seed === undefined ? 1 : Number(seed));
  const ms = Math.round(performance.now() - started);
  console.log(`wrote ${result.files} files, ${result.lines} lines to ${resolve(dir)} in ${ms} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2));
}
